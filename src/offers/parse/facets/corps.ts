import { cleanInline } from '../document.ts';
import type { ParseContext } from '../types.ts';
import {
  escapeRegExp,
  fold,
  ORG_WORDS,
  quoteLine,
  TRAILING_PUNCTUATION,
  tidy,
  trimChars,
} from './orgText.ts';
import type { Sourced } from './sourced.ts';

/** The corps (or cadres d'emplois) a post is open to, lower case: ["contrôleur", ...]. */
export type Corps = string[];

const SEPARATOR = new RegExp(
  `,?\\s+(?:${ORG_WORDS.corpsSeparators.map(escapeRegExp).join('|')})\\s+`,
  'iu',
);
const STARTS_WITH_SEPARATOR = new RegExp(
  `^(?:${ORG_WORDS.corpsSeparators.map(escapeRegExp).join('|')})\\s`,
  'u',
);

/**
 * The alternatives of a corps value ("Cadre d'exploitation ou Contrôleur" →
 * ["cadre d'exploitation", "contrôleur"]), lower case, dashes used as separators dropped.
 * Empty for "/" or a value without letters.
 */
export function corpsAlternatives(text: string | null): Corps {
  if (!text) return [];
  return tidy(text)
    .split(SEPARATOR)
    .map((part) =>
      trimChars(part.replace(/\s[-–—]\s/g, ' '), `${TRAILING_PUNCTUATION}-–—`).toLocaleLowerCase(
        'fr',
      ),
    )
    .filter((part) => /\p{L}/u.test(part));
}

/** A line right after the corps line that carries its next alternative ("ou Contrôleur"). */
function alternativeLine(context: ParseContext, from: number): number | null {
  const { doc } = context;
  for (let i = from + 1; i < doc.lines.length && i <= from + 3; i++) {
    const text = cleanInline(doc.lines[i] ?? '');
    if (text === '') continue;
    if ((doc.hits[i] ?? []).some((hit) => hit.atLineStart)) return null;
    return STARTS_WITH_SEPARATOR.test(fold(text)) ? i : null;
  }
  return null;
}

/**
 * The corps of the "Corps ou Cadre d'emploi / Domaine" line, as alternatives. An alternative
 * pushed to the next line by a merged column ("... **Direction** de la poste" / "ou
 * Contrôleur") is joined back. Null when the line is missing or says "/".
 */
export function readCorps(context: ParseContext): Sourced<Corps> | null {
  const field = context.fields.get('corps');
  if (!field) return null;
  let value = field.value;
  const more = alternativeLine(context, field.line);
  if (more !== null) {
    value = `${value} ${cleanInline(context.doc.lines[more] ?? '')}`;
  }
  const alternatives = corpsAlternatives(value);
  if (alternatives.length === 0) return null;
  return { value: alternatives, quote: quoteLine(context, field.line) };
}
