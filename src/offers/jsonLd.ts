import type { Offer } from './offer.ts';
import { PROVINCE_NAMES, type Commune } from '../text/places.ts';
import { withoutInvisibleDeep } from '../text/invisible.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from './fields/offerFields.ts';

/** A schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

export { endOfNoumeaDay, statedEmploymentTypes } from './fields/jsonLdValues.ts';

function present<T>(value: T | null | undefined): value is T {
  return (
    value !== null &&
    value !== undefined &&
    !(Array.isArray(value) && value.length === 0) &&
    value !== ''
  );
}

/** Drops the keys whose value is absent (null, empty text or empty list). */
function compact(object: Record<string, unknown>): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => present(v)));
}

/**
 * The nested objects of a `JobPosting` the table's spots write into: their type and fixed
 * members, and the member they cannot go without (an organisation without a name is left out,
 * its department with it; a place needs a name or an address).
 */
const NESTED: Readonly<Record<string, { base: JsonLd; needs: readonly string[] }>> = {
  identifier: { base: { '@type': 'PropertyValue', name: 'Référence AVP' }, needs: ['value'] },
  hiringOrganization: { base: { '@type': 'Organization' }, needs: ['name'] },
  'hiringOrganization.department': { base: { '@type': 'Organization' }, needs: ['name'] },
  jobLocation: { base: { '@type': 'Place' }, needs: ['name', 'address'] },
  // The country only with a commune or province the offer names (never assumed for a bare place).
  'jobLocation.address': {
    base: { '@type': 'PostalAddress', addressCountry: 'NC' },
    needs: ['addressLocality', 'addressRegion'],
  },
  employmentUnit: { base: { '@type': 'Organization' }, needs: ['name'] },
};

/** Writes `value` at a dotted spot, making the nested objects on the way from {@link NESTED}. */
function put(root: JsonLd, spot: string, value: unknown): void {
  const parts = spot.split('.');
  let node = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i] as string;
    const path = parts.slice(0, i + 1).join('.');
    node[key] ??= { ...NESTED[path]?.base };
    node = node[key] as JsonLd;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Drops the nested objects that lack what they need (deepest first), then the absent values. */
function finish(node: JsonLd, path: string): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(node)) {
    const inner = path === '' ? key : `${path}.${key}`;
    const rule = NESTED[inner];
    if (rule === undefined) {
      out[key] = value;
      continue;
    }
    const done = finish(value as JsonLd, inner);
    if (rule.needs.some((member) => present(done[member]))) out[key] = done;
  }
  return compact(out);
}

/** The commune's postal address; the country only with a known commune (an unrecognised place of work is not assumed in New Caledonia). */
function address(commune: Commune): JsonLd {
  return {
    '@type': 'PostalAddress',
    addressLocality: commune.name,
    addressRegion: PROVINCE_NAMES[commune.province],
    addressCountry: 'NC',
  };
}

/**
 * An offer as a schema.org `JobPosting` (JSON-LD), from the table of offer fields (`show.jsonLd`):
 * title, identifier (the reference), datePosted, validThrough (the deadline's last second in
 * Nouméa), hiringOrganization (employer, direction as department), employmentUnit (the service),
 * jobLocation (place of work; the offer's communes, province and NC when it names them), employmentType when the text states it,
 * description from the missions and qualifications from the requirements. A field the document
 * does not give is left out, never guessed; no text holds an invisible format character.
 *
 * @param commune the commune the catalog derived from the place of work, if any.
 */
export function offerJsonLd(offer: Offer, commune: Commune | null): JsonLd {
  const posting: JsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting' };
  for (const key of OFFER_FIELD_KEYS) {
    const spot = fieldSpec(key).show?.jsonLd;
    if (spot === undefined) continue;
    const value = spot.value === undefined ? offer[key] : spot.value(offer[key]);
    if (present(value)) put(posting, spot.at, value);
  }
  // An offer without communes of its own (an older cache) keeps the catalog's commune.
  if (commune !== null && offer.communes.length === 0 && offer.province === null)
    put(posting, 'jobLocation.address', address(commune));
  // Texts without invisible format characters, as the catalog serves them (a last defence).
  return withoutInvisibleDeep(finish(posting, ''));
}
