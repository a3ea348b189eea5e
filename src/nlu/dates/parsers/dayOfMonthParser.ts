import { isoDay, monthOf, partsOf } from '../calendar.ts';
import { numberOf, wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser, DaySpan } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const isNext = new RegExp(`^${NEXT}$`);
const CLAUSE_END = `(?=\\s*(?:$|[?!.,;)]|et |ou |svp|stp|merci))`;

function dayIn(monthStart: string, day: number): DaySpan | null {
  const { year, month } = partsOf(monthStart);
  const iso = isoDay(year, month, day);
  return iso === null ? null : { start: iso, end: iso };
}

/**
 * A day of the month without the month: `le 15`, `avant le 1er`, `le 4 du mois prochain`.
 * Only after `le`/`du`/`au` and at the end of a clause (so "le 2 postes" is not a date);
 * the upcoming reading is this month's day if not past, else next month's.
 */
export const dayOfMonthParser: DateParser = {
  name: 'dayOfMonth',
  pattern: wordPattern(
    `(?:le|du|au) (?<day>\\d{1,2}|1er|premier)(?:(?: du| de ce) (?<mois>mois)(?: (?<shift>${NEXT}|${LAST}))?|${CLAUSE_END})`,
  ),
  extract(match, { today }) {
    const day = numberOf(match.groups?.day ?? '');
    if (!(day >= 1 && day <= 31)) return null;
    const shift = match.groups?.shift;
    if (match.groups?.mois !== undefined) {
      const offset = shift === undefined ? 0 : isNext.test(shift) ? 1 : -1;
      const span = dayIn(monthOf(today, offset).start, day);
      return span && { ...span };
    }
    const candidates = [-1, 0, 1, 2]
      .map((offset) => dayIn(monthOf(today, offset).start, day))
      .filter((s) => s !== null);
    const upcoming = candidates.find((s) => s.end >= today);
    const past = candidates.filter((s) => s.start <= today).at(-1);
    return upcoming && past ? { ...upcoming, past } : null;
  },
};
