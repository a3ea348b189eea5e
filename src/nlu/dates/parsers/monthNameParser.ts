import { monthSpan, readingsByYear } from '../calendar.ts';
import { ANY_PREPOSITION, MONTH_ANY, MONTH_FULL, monthOf, wordPattern } from '../lexicon.ts';
import type { DateParser } from '../types.ts';

const INTRO = `(?:en |au mois de |au mois d'|le mois de |le mois d'|du mois de |courant |pour |de |d'|(?<=${ANY_PREPOSITION} ))`;

/**
 * A whole month: `en mai`, `en mai 2025`, `mai 2025`, `sept. 2025`, `au mois d'août`, `courant juillet`,
 * `depuis mai`. A month name alone needs such an introduction (abbreviations need a year);
 * without a year, the upcoming month (this one included) or, after "depuis"/"publiées", the past one.
 */
export const monthNameParser: DateParser = {
  name: 'monthName',
  pattern: wordPattern(
    `(?:${INTRO}(?<month>${MONTH_FULL})(?: (?<year>(?:19|20)\\d\\d))?|(?:en )?(?<month2>${MONTH_ANY}) (?<year2>(?:19|20)\\d\\d))`,
  ),
  extract(match, { today }) {
    const g = match.groups ?? {};
    const month = monthOf(g.month ?? g.month2 ?? '');
    if (month === undefined) return null;
    const year = g.year ?? g.year2;
    if (year !== undefined) return { ...monthSpan(Number(year), month) };
    const readings = readingsByYear((y) => monthSpan(y, month), today);
    return readings && { ...readings.upcoming, past: readings.past };
  },
};
