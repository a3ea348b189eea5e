import { addDays } from '../calendar.ts';
import { TRAILING_UNTIL, WORD_START, prepositionsOf } from '../lexicon.ts';
import type { DateRefiner, ParsedDate } from '../types.ts';

type Family = 'before' | 'until' | 'within' | 'after' | 'from';
const FAMILIES: readonly Family[] = ['until', 'within', 'before', 'after', 'from'];
const LEADING = FAMILIES.map((family) => ({
  family,
  pattern: new RegExp(`${WORD_START}${prepositionsOf(family)} ?(?:le |la |l'|les )?$`, 'u'),
}));

/** The bounds a preposition gives to the days it introduces (`today` for "d'ici"). */
function bound(result: ParsedDate, family: Family, today: string): Partial<ParsedDate> {
  const { start, end } = result;
  if (start === null || end === null) return {};
  switch (family) {
    case 'before':
      return { start: null, end: result.endsPeriod ? end : addDays(start, -1), relation: 'before' };
    case 'until':
      return { start: null, end, relation: 'before' };
    case 'within': // "d'ici" a day already past only bounds the end
      return end < today
        ? { start: null, end, relation: 'before' }
        : { start: today, end, relation: 'within' };
    case 'after':
      return { start: addDays(end, 1), end: null, relation: 'after' };
    case 'from':
      return { start, end: null, relation: 'after' };
  }
}

/**
 * Prepositions turn days into open bounds: `avant le 30 juin` (to the 29th; "avant la fin du mois"
 * to its last day), `jusqu'au` / `au plus tard` (to the day, included), `d'ici` (today to the day),
 * `après` (from the next day), `à partir du` / `dès` / `depuis` (from the day, included);
 * a trailing "au plus tard" / "dernier délai" works like "jusqu'au".
 */
export const prepositionRefiner: DateRefiner = {
  name: 'preposition',
  refine(results, { text, today }) {
    return results.map((result) => {
      if (result.bounded) return result;
      const before = text.slice(Math.max(0, result.index - 24), result.index);
      const leading = LEADING.map(({ family, pattern }) => ({
        family,
        found: pattern.exec(before),
      })).find((l) => l.found);
      if (leading?.found) {
        const index = result.index - leading.found[0].length;
        const said = text.slice(index, result.index + result.text.length);
        return {
          ...result,
          ...bound(result, leading.family, today),
          index,
          text: said,
          bounded: true,
        };
      }
      const trailing = TRAILING_UNTIL.exec(text.slice(result.index + result.text.length));
      if (trailing) {
        const said = text.slice(
          result.index,
          result.index + result.text.length + trailing[0].length,
        );
        return { ...result, ...bound(result, 'until', today), text: said, bounded: true };
      }
      return result;
    });
  },
};
