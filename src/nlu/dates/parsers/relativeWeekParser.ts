import { addDays, weekOf } from '../calendar.ts';
import { wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser, DaySpan } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const WEEK = `(?:semaine|sem)`;
const WEEKEND = wordsOf('weekend');

const isNext = new RegExp(`(?:^|\\s)${NEXT}(?:\\s|$)`);
const isLast = new RegExp(`(?:^|\\s)${LAST}(?:\\s|$)`);
const isWeekend = new RegExp(`(?:^|\\s)${WEEKEND}(?:\\s|$)`);

/**
 * `cette semaine`, `la semaine prochaine` (`semaine pro`, `la prochaine semaine`),
 * `la semaine dernière`, `dans la semaine` (today to Sunday), `ce week-end`, `le week-end prochain`.
 * Weeks run Monday to Sunday.
 */
export const relativeWeekParser: DateParser = {
  name: 'relativeWeek',
  pattern: wordPattern(
    [
      `(?:(?:la|cette|ce|cet) )?${WEEK}(?:-| )(?:${NEXT}|${LAST}|en cours|ci)`,
      `(?:la )?(?:${NEXT}|${LAST}) ${WEEK}`,
      `(?:cette|cet|ce) ${WEEK}(?:-ci)?`,
      `dans la ${WEEK}`,
      `(?:ce|le|du) ${WEEKEND}(?: ${NEXT}| ${LAST})?`,
    ].join('|'),
  ),
  extract(match, { today }) {
    const words = match[0];
    const offset = isNext.test(words) ? 7 : isLast.test(words) ? -7 : 0;
    const week = weekOf(addDays(today, offset));
    let span: DaySpan = week;
    if (isWeekend.test(words)) span = { start: addDays(week.start, 5), end: week.end };
    else if (words.startsWith('dans la')) span = { start: today, end: week.end };
    return { ...span };
  },
};
