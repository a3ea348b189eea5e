import { addDays, weekOf, weekdayOf } from '../calendar.ts';
import { WEEKDAYS, WEEKDAY_ANY, wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const isNext = new RegExp(`^${NEXT}$`);

/** The first day with that weekday at `step` (+1 or -1) days from `from`, `from` included. */
function seek(from: string, weekday: number, step: 1 | -1): string {
  let day = from;
  while (weekdayOf(day) !== weekday) day = addDays(day, step);
  return day;
}

/**
 * `vendredi`, `ce lundi` (upcoming; past after "depuis"/"publiées", see the tense refiner),
 * `vendredi prochain` (the next one after today), `lundi dernier` (the last one before today),
 * `vendredi de la semaine prochaine`, `mercredi en huit` (a week after the next one).
 */
export const weekdayParser: DateParser = {
  name: 'weekday',
  pattern: wordPattern(
    `(?:ce |le )?(?<weekday>${WEEKDAY_ANY})(?: en (?<later>huit|quinze)| (?<shift>${NEXT}|${LAST}))?(?: (?:de la )?semaine (?<week>${NEXT}|${LAST}))?`,
  ),
  extract(match, { today }) {
    const g = match.groups ?? {};
    const weekday = WEEKDAYS[g.weekday ?? ''];
    if (weekday === undefined) return null;
    let day: string;
    if (g.later !== undefined) {
      day = addDays(seek(addDays(today, 1), weekday, 1), g.later === 'huit' ? 7 : 14);
    } else if (g.week !== undefined) {
      const monday = weekOf(addDays(today, isNext.test(g.week) ? 7 : -7)).start;
      day = seek(monday, weekday, 1);
    } else if (g.shift !== undefined) {
      day = isNext.test(g.shift)
        ? seek(addDays(today, 1), weekday, 1)
        : seek(addDays(today, -1), weekday, -1);
    } else {
      const past = seek(today, weekday, -1);
      const upcoming = seek(today, weekday, 1);
      return { start: upcoming, end: upcoming, past: { start: past, end: past } };
    }
    return { start: day, end: day };
  },
};
