import { partsOf, yearSpan } from '../calendar.ts';
import { ANY_PREPOSITION, wordPattern, wordsOf } from '../lexicon.ts';
import type { DateParser } from '../types.ts';

const NEXT = wordsOf('next');
const LAST = wordsOf('last');
const isNext = new RegExp(`^${NEXT}$`);
const YEAR = '(?:19|20)\\d\\d';

/**
 * `cette année`, `l'année prochaine` / `l'an prochain`, `l'année dernière` / `l'an passé`,
 * `en 2024`, `l'année 2024`, and a year right after a preposition (`depuis 2024`, `avant 2026`).
 * A number alone (`2024 postes`) is not a year.
 */
export const yearParser: DateParser = {
  name: 'year',
  pattern: wordPattern(
    [
      `cette annee(?:-ci| ci| en cours)?`,
      `(?:l'|l |cette |l')?(?:annee|an) (?<shift>${NEXT}|${LAST}|en cours)`,
      `(?:en |l'annee |l annee |annee )(?<year>${YEAR})`,
      `(?<=${ANY_PREPOSITION} )(?<bare>${YEAR})`,
    ].join('|'),
  ),
  extract(match, { today }) {
    const g = match.groups ?? {};
    const written = g.year ?? g.bare;
    if (written !== undefined) return { ...yearSpan(Number(written)) };
    const year = partsOf(today).year;
    if (g.shift === undefined || g.shift === 'en cours') return { ...yearSpan(year) };
    return { ...yearSpan(year + (isNext.test(g.shift) ? 1 : -1)) };
  },
};
