import table from './positions.fr.json' with { type: 'json' };
import { phrasePattern } from './blockLabels.ts';
import { facetLines } from './facetLines.ts';
import type { Sourced } from './sourced.ts';
import { cellText } from '../../feed/text.ts';
import { foldSameLength } from '../frenchDate.ts';
import type { ParseContext } from '../types.ts';

/** The number of posts the offer fills, when stated. */
export type Positions = number;

const NUMBERS: Readonly<Record<string, number>> = table.numbers;
const MAX_POSITIONS = 999;

function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p, '\\s+'))
    .join('|');
}

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
// Linear: literal alternatives separated by blanks, fenced by look-arounds.
const COUNTED = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s+(?:${alternatives(table.nouns)})\\s+(?:${alternatives(table.after)})(?![\\p{L}\\p{N}])`,
  'u',
);
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives(table.labels)})\\s?[:*]*\\s?${NUMBER}(?![\\p{L}\\p{N}])`,
  'u',
);

/** A count opening a "Poste(s) à pourvoir" value: "2 postes, au 1er mars 2026", or "2" alone. */
const LEADING_COUNT = new RegExp(
  `^\\s*${NUMBER}\\s+(?:${alternatives(table.nouns)})(?![\\p{L}\\p{N}])[\\s,;:.–-]*`,
  'u',
);
const BARE_COUNT = /^[\s:]*(\d{1,3})[\s.]*$/;

function count(word: string | undefined): number | null {
  if (word === undefined) return null;
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBERS[word] ?? null);
  return n !== null && n >= 1 && n <= MAX_POSITIONS ? n : null;
}

/**
 * The count a "Poste(s) à pourvoir" value opens with, and the wording after it:
 * "2 postes, au 1er mars 2026" → `{ count: 2, rest: 'au 1er mars 2026' }`; "2" →
 * `{ count: 2, rest: '' }`; "15 octobre 2026" → null.
 */
export function leadingCount(value: string): { count: number; rest: string } | null {
  const folded = foldSameLength(value);
  const bare = BARE_COUNT.exec(folded);
  if (bare) {
    const n = count(bare[1]);
    return n === null ? null : { count: n, rest: '' };
  }
  const m = LEADING_COUNT.exec(folded);
  const n = count(m?.[1]);
  return m && n !== null ? { count: n, rest: value.slice(m[0].length) } : null;
}

/**
 * The number of posts when the document states it ("2 postes à pourvoir",
 * "Nombre de postes : 3", "Poste(s) à pourvoir : 2"); null otherwise (a plural
 * "Postes à pourvoir" gives no number).
 */
export function positionsFacet(context: ParseContext): Sourced<Positions> | null {
  const start = context.fields.get('startDate');
  const fromLabel = start ? leadingCount(start.value) : null;
  if (start && fromLabel !== null) return { value: fromLabel.count, quote: start.full };
  const lines = facetLines(context);
  for (const line of lines) {
    if (!line.folded.includes('poste')) continue;
    const m = COUNTED.exec(line.folded) ?? LABELLED.exec(line.folded);
    const n = count(m?.[1]);
    if (n !== null) return { value: n, quote: line.raw };
  }
  return null;
}

/**
 * The number of posts from the feed's `nb_postes_a_pourvoir` (`"2"`, `2`); null for an
 * empty cell, `0` (the portal's "not given") or anything but a whole number.
 */
export function positionsFromFeed(
  cell: string | number | null | undefined,
): Sourced<Positions> | null {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell ?? undefined);
  if (text === null || !/^\d{1,3}(?:\.0+)?$/.test(text.trim())) return null;
  const n = count(String(Number(text.trim())));
  return n === null ? null : { value: n, quote: text.trim() };
}
