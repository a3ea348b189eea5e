import { isBullet } from '../document.ts';
import type { ParseContext } from '../types.ts';
import {
  capitalise,
  escapeRegExp,
  fold,
  joinedLines,
  lineAt,
  ORG_WORDS,
  phraseAlternation,
  quoteLine,
  TRAILING_PUNCTUATION,
  tidy,
  trimChars,
  plainLine,
} from './orgText.ts';
import type { Sourced } from './sourced.ts';

/** The function of the post's direct superior: "Chef de service expérience client". */
export type Supervisor = string;

const LABEL = new RegExp(`^(?:${phraseAlternation(ORG_WORDS.supervisorLabels)})(?![a-z])`);
const PHRASE = new RegExp(
  `(?:${phraseAlternation(ORG_WORDS.supervisorPhrases)}) (?:de la |de l'|du |des |de |d')`,
  'g',
);
const HEADS = new Set(ORG_WORDS.functionHeads.map(fold));
const TYPOS = Object.entries(ORG_WORDS.typos).map(([typo, fix]) => ({
  pattern: new RegExp(
    `(?<![\\p{L}])${escapeRegExp(typo)}(?= (?:${ORG_WORDS.unitWords.map(escapeRegExp).join('|')})(?![\\p{L}]))`,
    'giu',
  ),
  fix,
}));
const MAX_LENGTH = 120;
const MAX_CONTINUATION_WORDS = 4;

/** A line's text without markdown, heading marks or bullet. */
function plain(line: string): string {
  return plainLine(line).text;
}

/** A short plain line that ends a value the PDF cut ("Chef de Section Développement" / "Clients"). */
function continues(context: ParseContext, line: number): boolean {
  const raw = context.doc.lines[line] ?? '';
  if (/^\s*#/.test(raw) || isBullet(raw)) return false;
  if ((context.doc.hits[line] ?? []).some((hit) => hit.atLineStart)) return false;
  const text = plain(raw);
  return (
    text !== '' &&
    !text.includes(':') &&
    !text.endsWith('.') &&
    text.split(' ').length <= MAX_CONTINUATION_WORDS
  );
}

function nextContent(context: ParseContext, from: number): number | null {
  for (let i = from + 1; i < context.doc.lines.length && i <= from + 3; i++) {
    if (plain(context.doc.lines[i] ?? '') !== '') return i;
  }
  return null;
}

/** The function, cleaned: typos of the PDF fixed, first letter in capitals; null for "/". */
function clean(value: string): string | null {
  let text = trimChars(tidy(value), `${TRAILING_PUNCTUATION}-–`);
  for (const { pattern, fix } of TYPOS) text = text.replace(pattern, fix);
  if (!/\p{L}/u.test(text) || text.length > MAX_LENGTH) return null;
  return capitalise(text);
}

/** "Fonction du supérieur hiérarchique direct(e) : X", X possibly on the next line(s). */
function fromLabel(context: ParseContext): Sourced<Supervisor> | null {
  const { lines } = context.doc;
  for (let i = 0; i < lines.length; i++) {
    const { text, folded } = plainLine(lines[i] ?? '');
    const m = LABEL.exec(folded);
    if (!m) continue;
    let value = trimChars(text.slice(m[0].length), ' :');
    let last = i;
    if (value === '') {
      const next = nextContent(context, i);
      if (next === null) return null;
      value = plain(lines[next] ?? '');
      last = next;
    }
    const next = nextContent(context, last);
    if (next !== null && continues(context, next)) value = `${value} ${plain(lines[next] ?? '')}`;
    const cleaned = clean(value);
    return cleaned ? { value: cleaned, quote: quoteLine(context, i) } : null;
  }
  return null;
}

/** "Placé(e) sous l'autorité du chef du service ..., le ..." in the details. */
function fromPhrase(context: ParseContext): Sourced<Supervisor> | null {
  const { text, starts } = joinedLines(context);
  const folded = fold(text);
  for (const m of folded.matchAll(PHRASE)) {
    const start = (m.index ?? 0) + m[0].length;
    const head = folded.slice(start, start + 40).match(/^\p{L}+/u)?.[0] ?? '';
    if (!HEADS.has(head)) continue;
    const rest = text.slice(start, start + MAX_LENGTH + 1);
    const end = rest.search(/[,;:.]\s|[,;:]$| - | – /);
    const cleaned = clean(end < 0 ? rest : rest.slice(0, end));
    if (cleaned) return { value: cleaned, quote: quoteLine(context, lineAt(starts, m.index ?? 0)) };
  }
  return null;
}

/**
 * The direct superior's function: the "Fonction du supérieur hiérarchique direct" line (its
 * value possibly on the next lines), or else "sous l'autorité du/de la <function>" in the text.
 */
export function readSupervisor(context: ParseContext): Sourced<Supervisor> | null {
  return fromLabel(context) ?? fromPhrase(context);
}
