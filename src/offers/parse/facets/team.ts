import type { ParseContext } from '../types.ts';
import {
  fold,
  joinedLines,
  lineAt,
  ORG_WORDS,
  phraseAlternation,
  quoteLine,
  plainLine,
} from './orgText.ts';
import type { Sourced } from './sourced.ts';

/** The people the post supervises: direct and indirect counts, null where not stated ("/"). */
export interface Team {
  direct: number | null;
  indirect: number | null;
}

const LABEL = new RegExp(`^(?:${phraseAlternation(ORG_WORDS.teamLabels)})(?![a-z])`);
const COUNT = '(\\d{1,5}|/)';
const DIRECT = new RegExp(`(?<![a-z])(?:${phraseAlternation(ORG_WORDS.teamDirect)}) ?: ?${COUNT}`);
const INDIRECT = new RegExp(
  `(?<![a-z])(?:${phraseAlternation(ORG_WORDS.teamIndirect)}) ?: ?${COUNT}`,
);
const TOTAL = new RegExp(`^ ?:? ?${COUNT}`);
const NO_DIRECT = new RegExp(phraseAlternation(ORG_WORDS.noDirectManagement));
/** Lines read after the label for the counts. */
const WINDOW = 4;

function count(text: string | undefined): number | null {
  return text === undefined || text === '/' ? null : Number(text);
}

function plain(line: string): string {
  return plainLine(line).folded;
}

/** The counts under a "Nombre d'agents encadrés" label. */
function fromLabel(context: ParseContext): Sourced<Team> | null {
  const { lines, hits } = context.doc;
  for (let i = 0; i < lines.length; i++) {
    const label = LABEL.exec(plain(lines[i] ?? ''));
    if (!label) continue;
    const total = TOTAL.exec(plain(lines[i] ?? '').slice(label[0].length))?.[1];
    let direct: RegExpExecArray | null = null;
    let indirect: RegExpExecArray | null = null;
    let quote = i;
    let seen = 0;
    for (let j = i; j < lines.length && seen <= WINDOW; j++) {
      const text = j === i ? plain(lines[j] ?? '').slice(label[0].length) : plain(lines[j] ?? '');
      if (text === '') continue;
      if (j > i && (hits[j] ?? []).some((hit) => hit.atLineStart)) break; // the next section
      seen++;
      const d: RegExpExecArray | null = direct ?? DIRECT.exec(text);
      if (d && !direct) quote = j;
      direct = d;
      indirect = indirect ?? INDIRECT.exec(text);
      if (direct && indirect) break;
    }
    if (direct || indirect) {
      return {
        value: { direct: count(direct?.[1]), indirect: count(indirect?.[1]) },
        quote: quoteLine(context, quote),
      };
    }
    // A single count: none supervised means none directly nor indirectly; else the split is unknown.
    const none = total !== undefined && total !== '/' && Number(total) === 0;
    return {
      value: { direct: none ? 0 : null, indirect: none ? 0 : null },
      quote: quoteLine(context, i),
    };
  }
  return null;
}

/**
 * The team the post supervises: "Nombre d'agents encadrés" with its "Directs : 4 - Indirects :
 * 20" ("/" = not stated, null), or, without such a section, "sans management hiérarchique
 * direct" (direct 0, indirect unknown). Null when the document says nothing about supervision.
 */
export function readTeam(context: ParseContext): Sourced<Team> | null {
  const labelled = fromLabel(context);
  if (labelled) return labelled;
  const { text, starts } = joinedLines(context);
  const m = NO_DIRECT.exec(fold(text));
  if (!m) return null;
  return {
    value: { direct: 0, indirect: null },
    quote: quoteLine(context, lineAt(starts, m.index)),
  };
}
