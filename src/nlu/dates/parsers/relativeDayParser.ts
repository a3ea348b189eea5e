import { addDays } from '../calendar.ts';
import { wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser } from '../types.ts';

const OFFSETS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(`^${wordsOf('dayAfterTomorrow')}$`), 2],
  [new RegExp(`^${wordsOf('dayBeforeYesterday')}$`), -2],
  [new RegExp(`^${wordsOf('tomorrow')}$`), 1],
  [new RegExp(`^${wordsOf('yesterday')}$`), -1],
  [new RegExp(`^${wordsOf('today')}$`), 0],
];

/** `aujourd'hui` (`auj`, `ajd`), `demain`, `hier`, `après-demain`, `avant-hier`: one day. */
export const relativeDayParser: DateParser = {
  name: 'relativeDay',
  pattern: wordPattern(
    `(?:${wordsOf('dayAfterTomorrow')}|${wordsOf('dayBeforeYesterday')}|${wordsOf('tomorrow')}|${wordsOf('yesterday')}|${wordsOf('today')})`,
  ),
  extract(match, { today }) {
    const offset = OFFSETS.find(([pattern]) => pattern.test(match[0]))?.[1];
    if (offset === undefined) return null;
    const day = addDays(today, offset);
    return { start: day, end: day };
  },
};
