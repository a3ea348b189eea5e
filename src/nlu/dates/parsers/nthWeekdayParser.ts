import { addDays, monthSpan, readingsByYear, weekdayOf } from '../calendar.ts';
import { MONTH_FULL, WEEKDAYS, WEEKDAY_ANY, monthOf, wordPattern } from '../lexicon.ts';
import type { DateParser, DaySpan } from '../types.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1,
  '1er': 1,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  troisieme: 3,
  '3e': 3,
  '3eme': 3,
  quatrieme: 4,
  '4e': 4,
  '4eme': 4,
  dernier: -1,
};

/** The n-th (or, for -1, the last) given weekday of a month, or null when the month has none. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DaySpan | null {
  const span = monthSpan(year, month);
  let day = n > 0 ? span.start : span.end;
  while (weekdayOf(day) !== weekday) day = addDays(day, n > 0 ? 1 : -1);
  if (n > 1) day = addDays(day, 7 * (n - 1));
  return day > span.end ? null : { start: day, end: day };
}

/** `le premier lundi de juillet`, `le dernier vendredi de juin`, `le 3e jeudi d'août 2025`. */
export const nthWeekdayParser: DateParser = {
  name: 'nthWeekday',
  pattern: wordPattern(
    `(?:le )?(?<nth>${Object.keys(ORDINALS).join('|')}) (?<weekday>${WEEKDAY_ANY}) (?:du mois )?(?:de |d')(?<month>${MONTH_FULL})(?: (?<year>(?:19|20)\\d\\d))?`,
  ),
  extract(match, { today }) {
    const g = match.groups ?? {};
    const n = ORDINALS[g.nth ?? ''];
    const weekday = WEEKDAYS[g.weekday ?? ''];
    const month = monthOf(g.month ?? '');
    if (n === undefined || weekday === undefined || month === undefined) return null;
    if (g.year !== undefined) {
      const span = nthWeekday(Number(g.year), month, weekday, n);
      return span && { ...span };
    }
    const readings = readingsByYear((y) => nthWeekday(y, month, weekday, n), today);
    return readings && { ...readings.upcoming, past: readings.past };
  },
};
