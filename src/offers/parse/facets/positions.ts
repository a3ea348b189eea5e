import table from './positions.fr.json' with { type: 'json' };
import { phrasePattern } from './blockLabels.ts';
import { facetLines } from './facetLines.ts';
import type { Sourced } from './sourced.ts';
import { cellText } from '../../feed/text.ts';
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

function count(word: string | undefined): number | null {
  if (word === undefined) return null;
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBERS[word] ?? null);
  return n !== null && n >= 1 && n <= MAX_POSITIONS ? n : null;
}

/**
 * The number of posts when the document states it ("2 postes à pourvoir",
 * "Nombre de postes : 3", "Poste(s) à pourvoir : 2"); null otherwise (a plural
 * "Postes à pourvoir" gives no number).
 */
export function positionsFacet(context: ParseContext): Sourced<Positions> | null {
  const start = context.fields.get('startDate');
  const bare = start ? /^[\s:]*(\d{1,3})[\s.]*$/.exec(start.value) : null;
  const fromLabel = count(bare?.[1]);
  const lines = facetLines(context);
  if (start && fromLabel !== null)
    return { value: fromLabel, quote: lines[start.line]?.raw ?? start.full };
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
