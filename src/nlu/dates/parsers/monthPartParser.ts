import {
  addDays,
  isoDay,
  monthOf,
  monthSpan,
  readingsByYear,
  weekOf,
  yearSpan,
  partsOf,
} from '../calendar.ts';
import { MONTH_ANY, monthOf as monthNumber, wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser, DaySpan, Extracted } from '../types.ts';

type Part = 'start' | 'middle' | 'end';

const PART = `(?<part>${wordsOf('end')}|${wordsOf('start')}|${wordsOf('middle')})`;
const shiftGroup = (name: string): string =>
  `(?: (?<${name}>${wordsOf('next')}|${wordsOf('last')}|en cours|ci))?`;
const PERIOD = [
  `(?:du mois de |de )?(?<month>${MONTH_ANY})(?: (?<year>20\\d\\d))?`,
  `(?:du |de ce |de )(?<mois>mois)(?:-ci)?${shiftGroup('shiftMonth')}`,
  `(?:de l'|de l |d'|d |de cette )(?<annee>annee)${shiftGroup('shiftYear')}`,
  `(?:de la |de cette |de )(?<semaine>semaine)${shiftGroup('shiftWeek')}`,
].join('|');

const isNext = new RegExp(`^${wordsOf('next')}$`);
const isLast = new RegExp(`^${wordsOf('last')}$`);

/** The part of a period: a month splits 1-10 / 11-20 / 21-end, a week Mon-Tue / Wed-Thu / Fri-Sun, a year Jan-Feb / Jun-Jul / Nov-Dec. */
function partOf(span: DaySpan, unit: 'month' | 'week' | 'year', part: Part): DaySpan {
  if (unit === 'year') {
    const year = partsOf(span.start).year;
    const [first, last] = { start: [1, 2], middle: [6, 7], end: [11, 12] }[part] as [
      number,
      number,
    ];
    return { start: monthSpan(year, first).start, end: monthSpan(year, last).end };
  }
  const [from, to] = {
    month: { start: [0, 9], middle: [10, 19], end: [20, -1] },
    week: { start: [0, 1], middle: [2, 3], end: [4, 6] },
  }[unit][part] as [number, number];
  const start = addDays(span.start, from);
  return { start, end: to === -1 ? span.end : addDays(span.start, to) };
}

function partName(word: string): Part {
  return word === 'fin' ? 'end' : word.startsWith('d') ? 'start' : 'middle';
}

/**
 * `fin juin`, `début juillet`, `mi-juillet`, `fin juin 2025`, `la fin du mois`, `début du mois prochain`,
 * `fin de l'année`, `fin de semaine`. "fin ..." marks the end of its period (see `endsPeriod`).
 */
export const monthPartParser: DateParser = {
  name: 'monthPart',
  pattern: wordPattern(
    `(?:(?:a |en |vers )?la |a la |en |au |vers (?:la )?)?${PART}(?:-| )(?:${PERIOD})`,
  ),
  extract(match, { today }) {
    const groups = match.groups ?? {};
    const part = partName(groups.part ?? '');
    const shift = groups.shiftMonth ?? groups.shiftYear ?? groups.shiftWeek ?? '';
    const offset = isNext.test(shift) ? 1 : isLast.test(shift) ? -1 : 0;
    const result = (span: DaySpan, past?: DaySpan): Extracted => ({
      ...span,
      past,
      endsPeriod: part === 'end',
    });
    if (groups.mois) return result(partOf(monthOf(today, offset), 'month', part));
    if (groups.semaine) return result(partOf(weekOf(addDays(today, 7 * offset)), 'week', part));
    if (groups.annee) return result(partOf(yearSpan(partsOf(today).year + offset), 'year', part));
    const month = monthNumber(groups.month ?? '');
    if (month === undefined) return null;
    if (groups.year) return result(partOf(monthSpan(Number(groups.year), month), 'month', part));
    const readings = readingsByYear(
      (y) => (isoDay(y, month, 1) ? partOf(monthSpan(y, month), 'month', part) : null),
      today,
    );
    return readings && result(readings.upcoming, readings.past);
  },
};
