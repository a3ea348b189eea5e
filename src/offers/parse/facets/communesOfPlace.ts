import { normalizeWords } from '../../../text/normalize.ts';
import {
  type CommuneEntry,
  MAX_FORM_WORDS,
  PLACE_MEANINGS,
  POSTCODES,
  type ProvinceName,
  STREET_ARTICLES,
  STREET_WORDS,
} from './communeForms.ts';

export type { ProvinceName } from './communeForms.ts';

/** Where a post is based: the communes (official names) and their province. */
export interface CommunesFacet {
  /** Official names of the communes, in the order written ("Koné", "Pouembout"). */
  communes: string[];
  /**
   * The province of the communes, or the province named when no commune is; null when the
   * communes lie in different provinces or nothing names one.
   */
  province: ProvinceName | null;
}

/** One place read in a run of normalised words: words `start` to `end` (excluded). */
export interface PlaceMatch {
  start: number;
  end: number;
  /** The commune designated, or null for a province named as such. */
  commune: CommuneEntry | null;
  province: ProvinceName;
  /** True when the commune is written by its name ("Nouméa"), not through a quarter or postcode. */
  byName: boolean;
}

const POSTCODE = /^\d{5}$/;
/** The words a form starts with: any other word starts no place. */
const FIRST_WORDS = new Set([...PLACE_MEANINGS.keys()].map((form) => form.split(' ')[0]!));

/** True when the words before `start` are a street word and its articles ("rue de", "route du"). */
function namesAStreet(words: readonly string[], start: number): boolean {
  let at = start - 1;
  for (let skipped = 0; at >= 0 && skipped < 3 && STREET_ARTICLES.has(words[at]!); skipped++) at--;
  return at >= 0 && STREET_WORDS.has(words[at]!);
}

/**
 * The places named in normalised words, left to right, longest form first: commune names and
 * their other names, quarters and landmarks, known postcodes and province names. A commune name
 * that names a street ("rue de Nouméa") or belongs to a wider name ("Grand Nouméa") is skipped.
 *
 * @example
 * matchPlaces(['agence', 'opt', 'kone', 'et', 'pouembout']) // Koné (words 2-3), Pouembout (4-5)
 */
export function matchPlaces(words: readonly string[]): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let at = 0;
  while (at < words.length) {
    let matched = 0;
    if (!FIRST_WORDS.has(words[at]!) && !POSTCODE.test(words[at]!)) {
      at++;
      continue;
    }
    for (
      let size = Math.min(MAX_FORM_WORDS, words.length - at);
      size >= 1 && matched === 0;
      size--
    ) {
      const meaning = PLACE_MEANINGS.get(words.slice(at, at + size).join(' '));
      if (meaning === undefined) continue;
      matched = size;
      if (meaning.kind === 'province')
        found.push({
          start: at,
          end: at + size,
          commune: null,
          province: meaning.province,
          byName: true,
        });
      else if ((meaning.kind === 'name' || meaning.kind === 'inside') && !namesAStreet(words, at))
        found.push({
          start: at,
          end: at + size,
          commune: meaning.commune,
          province: meaning.commune.province,
          byName: meaning.kind === 'name',
        });
    }
    const word = words[at]!;
    if (matched === 0 && POSTCODE.test(word)) {
      const commune = POSTCODES.get(word);
      if (commune !== undefined)
        found.push({ start: at, end: at + 1, commune, province: commune.province, byName: false });
    }
    at += Math.max(matched, 1);
  }
  return found;
}

/**
 * The communes and province of a list of matches: communes once each, in order; the province
 * shared by the communes (null when they differ), or the one province named when no commune is.
 * Null when nothing is named.
 */
export function facetOfMatches(matches: readonly PlaceMatch[]): CommunesFacet | null {
  const communes: CommuneEntry[] = [];
  for (const m of matches)
    if (m.commune !== null && !communes.includes(m.commune)) communes.push(m.commune);
  const provinces = new Set(
    communes.length > 0 ? communes.map((c) => c.province) : matches.map((m) => m.province),
  );
  if (communes.length === 0 && provinces.size === 0) return null;
  const [province] = provinces;
  return {
    communes: communes.map((c) => c.name),
    province: provinces.size === 1 && province !== undefined ? province : null,
  };
}

/**
 * The communes and province of a bare place text (a "Lieu de travail" value, the open-data feed's
 * `lieu_travail`): every commune named, by name, quarter, landmark or postcode. Null when no known
 * place is named: an unknown place is never guessed.
 *
 * @example
 * communesOfPlace('CENTAL - 1 rue Eiffel ZI Ducos - Nouméa') // { communes: ['Nouméa'], province: 'Province Sud' }
 * communesOfPlace('Koné / Pouembout') // { communes: ['Koné', 'Pouembout'], province: 'Province Nord' }
 * communesOfPlace('12 rue de Nouméa') // null (a street name)
 */
export function communesOfPlace(text: string): CommunesFacet | null {
  const normalized = normalizeWords(text);
  if (normalized === '') return null;
  return facetOfMatches(matchPlaces(normalized.split(' ')));
}
