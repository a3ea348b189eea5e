import { COMMUNES, type Commune, communeOfLocation, type ProvinceId } from '../../text/places.ts';
import { normalizeWords } from '../../text/normalize.ts';
import type { Offer } from '../offer.ts';

/** Where an offer is based, as the catalog's place filters read it. */
export interface EntryPlaces {
  /** The offer's communes (its `communes` facet; else the one its place of work names). */
  communes: readonly Commune[];
  /** The province of those communes, or the offer's `province` facet when it names no commune. */
  province: ProvinceId | null;
}

const BY_NAME = new Map<string, Commune>(COMMUNES.map((c) => [normalizeWords(c.name), c]));

/** Province names as the facet writes them ("Province Nord", "province des Îles Loyauté"). */
const PROVINCE_WORDS: ReadonlyArray<[string, ProvinceId]> = [
  ['iles', 'iles'],
  ['loyaute', 'iles'],
  ['nord', 'nord'],
  ['sud', 'sud'],
];

/** The province a facet's text names ("Province Sud" → `sud`); null when it names none. */
export function provinceOfText(text: string | null): ProvinceId | null {
  if (text === null) return null;
  const words = new Set(normalizeWords(text).split(' '));
  return PROVINCE_WORDS.find(([word]) => words.has(word))?.[1] ?? null;
}

/** The commune an official name designates (accents and case ignored), if known. */
export function communeNamed(name: string): Commune | null {
  return BY_NAME.get(normalizeWords(name)) ?? communeOfLocation(name);
}

/**
 * The places of an offer: every commune of its facet; only when the facet is empty, the
 * commune its place of work names (`communeOfLocation`, for offers read before the facet).
 *
 * @param located looks a place of work up (the catalog memoises it: places repeat).
 */
export function entryPlaces(
  offer: Pick<Offer, 'communes' | 'province' | 'location'>,
  located: (location: string) => Commune | null = communeOfLocation,
): EntryPlaces {
  const communes: Commune[] = [];
  for (const name of offer.communes ?? []) {
    const commune = communeNamed(name);
    if (commune !== null && !communes.includes(commune)) communes.push(commune);
  }
  if (communes.length === 0 && offer.location !== null) {
    const commune = located(offer.location);
    if (commune !== null) communes.push(commune);
  }
  const provinces = new Set(communes.map((c) => c.province));
  const province =
    provinces.size === 1 ? (communes[0]?.province ?? null) : provinceOfText(offer.province);
  return { communes, province };
}
