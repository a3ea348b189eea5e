import {
  type AcronymTable,
  LEXICON_ACRONYMS,
  nameOfAcronym,
  nameOfForm,
} from '../parse/facets/acronyms.ts';
import { learnAcronyms } from '../parse/facets/learnAcronyms.ts';
import type { Offer } from '../offer.ts';

/**
 * The acronym table of a catalog: the lexicon's, plus what its offers teach. Each distinct
 * (direction, printed acronym) pair of the offers' facets is handed to `learnAcronyms` as the
 * phrase "Direction X (ACR)", so the same rules apply (the letters must fit the name, a
 * conflict makes the acronym ambiguous). The documents themselves are not read again: the
 * parser already read each one's phrases and title prefix (a full pass costs ~3 ms a document,
 * a minute for 20,000), and the pairs repeat across offers, so this costs one pass over the
 * offers and one tiny document per distinct pair.
 */
export function catalogAcronyms(
  offers: Iterable<Pick<Offer, 'direction' | 'directionAcronym'>>,
  base: AcronymTable = LEXICON_ACRONYMS,
): AcronymTable {
  const phrases = new Set<string>();
  for (const { direction, directionAcronym } of offers) {
    if (direction === null || directionAcronym === null) continue;
    if (nameOfAcronym(base, directionAcronym) === direction) continue;
    phrases.add(`${direction} (${directionAcronym})`);
  }
  return phrases.size === 0 ? base : learnAcronyms(phrases, base);
}

/** An acronym as asked: two to eight letters, any case ("dt", "DPSP"). */
const ACRONYM = /^\p{L}{2,8}$/u;

/**
 * The canonical direction a query names through a table: an acronym ("DT", "dt") or a short
 * form or name core ("Télécom", "distribution"); null when it is neither (the words are then
 * matched against the directions' names).
 */
export function directionOfQuery(table: AcronymTable, query: string): string | null {
  const text = query.trim();
  if (ACRONYM.test(text)) {
    const named = nameOfAcronym(table, text.toUpperCase());
    if (named !== null) return named;
  }
  return nameOfForm(table, text);
}
