import { monthOf } from '../calendar.ts';
import { wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const isNext = new RegExp(`(?:^|\\s)${NEXT}(?:\\s|$)`);
const isLast = new RegExp(`(?:^|\\s)${LAST}(?:\\s|$)`);

/**
 * `ce mois-ci` (`ce mois`, `le mois en cours`), `le mois prochain`, `le mois dernier`,
 * `dans le mois` (today to the month's end).
 */
export const relativeMonthParser: DateParser = {
  name: 'relativeMonth',
  pattern: wordPattern(
    [
      `(?:le |du |au |ce |cours du )?mois (?:${NEXT}|${LAST}|en cours|actuel)`,
      `(?:le |la )?(?:${NEXT}|${LAST}) mois`,
      `ce mois(?:-ci| ci)?`,
      `dans le mois`,
    ].join('|'),
  ),
  extract(match, { today }) {
    const words = match[0];
    if (words === 'dans le mois') return { start: today, end: monthOf(today).end };
    const next = isNext.test(words);
    const last = !next && isLast.test(words);
    return { ...monthOf(today, next ? 1 : last ? -1 : 0) };
  },
};
