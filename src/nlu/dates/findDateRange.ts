import { normalize } from '../../text/normalize.ts';
import { isIsoDay } from '../../time/noumea.ts';
import { dayMonthParser } from './parsers/dayMonthParser.ts';
import { dayOfMonthParser } from './parsers/dayOfMonthParser.ts';
import { holidayParser } from './parsers/holidayParser.ts';
import { durationParser } from './parsers/durationParser.ts';
import { monthNameParser } from './parsers/monthNameParser.ts';
import { nthWeekdayParser } from './parsers/nthWeekdayParser.ts';
import { monthPartParser } from './parsers/monthPartParser.ts';
import { rangeParser } from './parsers/rangeParser.ts';
import { relativeDayParser } from './parsers/relativeDayParser.ts';
import { relativeMonthParser } from './parsers/relativeMonthParser.ts';
import { relativeWeekParser } from './parsers/relativeWeekParser.ts';
import { weekdayParser } from './parsers/weekdayParser.ts';
import { yearParser } from './parsers/yearParser.ts';
import { prepositionRefiner } from './refiners/prepositionRefiner.ts';
import { rangeMergeRefiner } from './refiners/rangeMergeRefiner.ts';
import { tenseRefiner } from './refiners/tenseRefiner.ts';
import { weekOfRefiner } from './refiners/weekOfRefiner.ts';
import type { DateContext, DateMention, DateParser, DateRefiner, ParsedDate } from './types.ts';

/** Longer questions are cut: a date sits in the first sentences, and the cost stays bounded. */
export const MAX_DATE_TEXT = 500;

/** The parsers, in order: on equal length, an earlier parser wins an overlap. */
export const DATE_PARSERS: readonly DateParser[] = [
  rangeParser,
  nthWeekdayParser,
  monthPartParser,
  dayMonthParser,
  dayOfMonthParser,
  holidayParser,
  relativeWeekParser,
  relativeMonthParser,
  relativeDayParser,
  weekdayParser,
  durationParser,
  yearParser,
  monthNameParser,
];

/** The refiners, in order: ranges take both readings, then tense, week-of, prepositions. */
export const DATE_REFINERS: readonly DateRefiner[] = [
  rangeMergeRefiner,
  tenseRefiner,
  weekOfRefiner,
  prepositionRefiner,
];

function parseAll(context: DateContext): ParsedDate[] {
  const found: ParsedDate[] = [];
  for (const parser of DATE_PARSERS) {
    parser.pattern.lastIndex = 0;
    for (const match of context.text.matchAll(parser.pattern)) {
      const extracted = parser.extract(match, context);
      if (extracted) found.push({ index: match.index, text: match[0], ...extracted });
    }
  }
  // Overlaps: the longest reading wins (then the earlier parser), as in chrono.
  const kept: ParsedDate[] = [];
  for (const candidate of [...found].sort((a, b) => b.text.length - a.text.length)) {
    const end = candidate.index + candidate.text.length;
    if (kept.every((k) => end <= k.index || candidate.index >= k.index + k.text.length))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

function toMention(result: ParsedDate): DateMention {
  const relation =
    result.relation ?? (result.start !== null && result.start === result.end ? 'on' : 'within');
  return { start: result.start, end: result.end, said: result.text.trim(), relation };
}

/**
 * Every date range of a French question, in order, relative to a Nouméa day. Synchronous,
 * no recognizer: the common forms only (see the parsers).
 *
 * @param text the question as written (normalised here: lower case, accents stripped).
 * @param today the reference Nouméa day, `YYYY-MM-DD`.
 * @throws Error when `today` is not an ISO day.
 */
export function findDateMentions(text: string, today: string): DateMention[] {
  if (!isIsoDay(today))
    throw new Error(`jour de référence invalide : « ${today} » (attendu AAAA-MM-JJ)`);
  const context: DateContext = {
    text: normalize(text.slice(0, MAX_DATE_TEXT * 2)).slice(0, MAX_DATE_TEXT),
    today,
  };
  let results = parseAll(context);
  for (const refiner of DATE_REFINERS) results = refiner.refine(results, context);
  return results.map(toMention);
}

/**
 * The first date range of a French question, or null when it names none.
 *
 * @example
 * findDateRange('les offres qui ferment avant le 30 juin', '2025-06-11');
 * // { start: null, end: '2025-06-29', said: 'avant le 30 juin', relation: 'before' }
 */
export function findDateRange(text: string, today: string): DateMention | null {
  return findDateMentions(text, today)[0] ?? null;
}
