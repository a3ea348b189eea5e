import { isoDay, readingsByYear } from '../calendar.ts';
import {
  DAY_NUMBER,
  MONTH_ANY,
  WEEKDAY_ANY,
  monthOf,
  numberOf,
  wordPattern,
  wordsOf,
} from '../lexicon.ts';
import type { DateParser, Extracted } from '../types.ts';

const PREFIX = `(?:le )?(?:${WEEKDAY_ANY} )?`;
const SHIFT = `(?: (?<shift>${wordsOf('next')}|${wordsOf('last')}))?`;
const WRITTEN = `${PREFIX}(?<day>${DAY_NUMBER}) ?(?<month>${MONTH_ANY})(?: (?<year>(?:19|20)\\d\\d)|${SHIFT})`;
const NUMERIC = `${PREFIX}(?<![\\d/.-])(?<nd>\\d{1,2})(?<sep>[/.])(?<nm>\\d{1,2})(?:\\k<sep>(?<ny>\\d{4}|\\d{2}))?`;
const DASHED = `(?<dd>\\d{1,2})-(?<dm>\\d{1,2})-(?<dy>(?:19|20)\\d\\d)`;
const ISO = `(?<iy>(?:19|20)\\d\\d)-(?<im>\\d{2})-(?<id>\\d{2})`;

/** A two-digit year is of this century. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

const isNext = new RegExp(`^${wordsOf('next')}$`);

/** One day, with its past reading when no year was written ("prochain"/"dernier" choose one). */
function dayOf(
  day: number,
  month: number,
  year: string | undefined,
  today: string,
  shift?: string,
): Extracted | null {
  if (year !== undefined) {
    const iso = isoDay(fullYear(year), month, day);
    return iso === null ? null : { start: iso, end: iso };
  }
  const readings = readingsByYear((y) => {
    const iso = isoDay(y, month, day);
    return iso === null ? null : { start: iso, end: iso };
  }, today);
  if (!readings) return null;
  if (shift === undefined) return { ...readings.upcoming, past: readings.past };
  return isNext.test(shift) ? { ...readings.upcoming } : { ...readings.past };
}

/**
 * `30 juin`, `le 1er mai`, `le 2 juin dernier`, `le 14 juillet prochain`, `1er juillet 2025`, `lundi 14 juillet`, `15 sept.`, `15/06`, `15/06/2025`,
 * `15.06.25`, `15-06-2025`, `2025-06-15`. A day/month without year needs a two-digit month
 * (`1/2` is a fraction); `25-0833` and `3134-25-0833/SR` (offer references) are not dates.
 */
export const dayMonthParser: DateParser = {
  name: 'dayMonth',
  pattern: wordPattern(`(?:${WRITTEN}|${NUMERIC}|${DASHED}|${ISO})`),
  extract(match, { today }) {
    const g = match.groups ?? {};
    if (g.month !== undefined) {
      const month = monthOf(g.month);
      return month === undefined
        ? null
        : dayOf(numberOf(g.day ?? ''), month, g.year, today, g.shift);
    }
    if (g.nd !== undefined) {
      if (g.ny === undefined && g.nm?.length !== 2) return null;
      return dayOf(Number(g.nd), Number(g.nm), g.ny, today);
    }
    if (g.dd !== undefined) return dayOf(Number(g.dd), Number(g.dm), g.dy, today);
    return dayOf(Number(g.id), Number(g.im), g.iy, today);
  },
};
