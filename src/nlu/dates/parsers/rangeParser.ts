import { isoDay, readingsByYear } from '../calendar.ts';
import { DAY_NUMBER, MONTH_ANY, monthOf, numberOf, wordPattern } from '../lexicon.ts';
import type { DateParser, DaySpan } from '../types.ts';

/**
 * Two days of one month: `du 1er au 15 juillet`, `entre le 2 et le 5 juillet`, `du 10 au 20 mai 2025`,
 * `1-15 juillet`. Ranges across months ("du 1er mai au 15 juin", "entre lundi et vendredi")
 * are joined by the range-merge refiner.
 */
export const rangeParser: DateParser = {
  name: 'range',
  pattern: wordPattern(
    `(?:(?:du|entre(?: le)?|de|depuis le|a partir du) )?(?<from>${DAY_NUMBER}) ?(?:au|a|et(?: le)?|jusqu'au|-) ?(?<to>${DAY_NUMBER}) (?<month>${MONTH_ANY})(?: (?<year>(?:19|20)\\d\\d))?`,
  ),
  extract(match, { today }) {
    const g = match.groups ?? {};
    const month = monthOf(g.month ?? '');
    const from = numberOf(g.from ?? '');
    const to = numberOf(g.to ?? '');
    if (month === undefined || !(from < to)) return null;
    const build = (year: number): DaySpan | null => {
      const start = isoDay(year, month, from);
      const end = isoDay(year, month, to);
      return start && end ? { start, end } : null;
    };
    if (g.year !== undefined) {
      const span = build(Number(g.year));
      return span && { ...span, bounded: true, relation: 'within' };
    }
    const readings = readingsByYear(build, today);
    return (
      readings && { ...readings.upcoming, past: readings.past, bounded: true, relation: 'within' }
    );
  },
};
