import { addDays, addMonths } from '../calendar.ts';
import { NUMBER_WORDS, alternation, numberOf, wordPattern, wordsOf } from '../lexicon.ts';

const NUMBER_WORD = alternation(Object.keys(NUMBER_WORDS));
import type { DateParser } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const WITHIN = "(?:sous|dans|ds|en moins de|d'ici a|d ici a|dici a|d'ici|d ici|dici)";
const AMOUNT = `(?:(?<pre>${WITHIN}(?: les)?|les|ces|des|depuis|dps|il y a|ya|il y a moins de) )(?:(?<n>\\d{1,3}) ?|(?<word>${NUMBER_WORD}) )(?:(?<dir>${NEXT}|${LAST}) )?(?<unit>${wordsOf('day')}|${wordsOf('week')}|${wordsOf('month')}|${wordsOf('year')})(?: (?<dir2>${NEXT}|${LAST}))?`;
const FORTNIGHT = `(?:(?<qpre>sous|dans|d'ici|d ici|dici)(?: la| une)? |la |cette )(?<q>${wordsOf('fortnight')}|${wordsOf('eightDays')})(?: (?<qdir>${NEXT}|${LAST}))?`;

const isLast = new RegExp(`^${LAST}$`);
const UNIT_DAYS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(`^${wordsOf('day')}$`), 1],
  [new RegExp(`^${wordsOf('week')}$`), 7],
];

/** `n` units after (or before, when negative) a day. */
function shift(day: string, n: number, unit: string): string {
  const days = UNIT_DAYS.find(([pattern]) => pattern.test(unit))?.[1];
  if (days !== undefined) return addDays(day, n * days);
  return addMonths(day, unit === 'mois' ? n : 12 * n);
}

/**
 * Delays from today: `sous 15 jours`, `dans 2 semaines`, `d'ici 10 jours`, `dans les 3 mois`,
 * `les 15 prochains jours` (today to today + n); `les 10 derniers jours`, `depuis 3 jours`
 * (today − n to today); `il y a 3 jours` (that day); `la quinzaine`, `sous quinzaine` (15 days),
 * `sous huitaine` (8 days). "dans 2 semaines" is read as a deadline horizon: within two weeks.
 */
export const durationParser: DateParser = {
  name: 'duration',
  pattern: wordPattern(`(?:${AMOUNT}|${FORTNIGHT})`),
  extract(match, { today }) {
    const g = match.groups ?? {};
    if (g.q !== undefined) {
      const days = g.q === 'huitaine' ? 8 : 15;
      if (g.qdir !== undefined && isLast.test(g.qdir))
        return { start: addDays(today, -days), end: today };
      return { start: today, end: addDays(today, days) };
    }
    const n = numberOf(g.n ?? g.word ?? '');
    const unit = g.unit ?? '';
    if (!Number.isFinite(n) || n <= 0 || n > 400) return null;
    const pre = g.pre ?? '';
    const backward =
      /^(?:depuis|dps|il y a|ya)/.test(pre) ||
      [g.dir, g.dir2].some((d) => d !== undefined && isLast.test(d));
    const forward =
      !backward &&
      (/^(?:sous|dans|ds|en moins|d)/.test(pre) || g.dir !== undefined || g.dir2 !== undefined);
    if (!backward && !forward) return null;
    if (/^(?:il y a|ya)$/.test(pre)) {
      const day = shift(today, -n, unit);
      return { start: day, end: day };
    }
    return backward
      ? { start: shift(today, -n, unit), end: today }
      : { start: today, end: shift(today, n, unit) };
  },
};
