import type { Offer } from './offer.ts';
import { PROVINCE_NAMES, type Commune } from '../text/places.ts';
import { withoutInvisibleDeep } from '../text/invisible.ts';
import { normalize } from '../text/normalize.ts';

/** A schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** schema.org `employmentType` values, when the document says so in so many words. */
const EMPLOYMENT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btemps (?:complet|plein)\b/, 'FULL_TIME'],
  [/\btemps partiel\b/, 'PART_TIME'],
  [/\b(?:cdd|contrat a duree determinee)\b/, 'TEMPORARY'],
  [/\b(?:cdi|contrat a duree indeterminee)\b/, 'PERMANENT'],
];

/** The employment types the body states explicitly; never inferred from anything else. */
export function statedEmploymentTypes(body: string): string[] {
  const text = normalize(body);
  return EMPLOYMENT_TYPES.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
}

/** The last instant of a Nouméa day, ISO with its offset: `2025-06-27` → `2025-06-27T23:59:59+11:00`. */
export function endOfNoumeaDay(isoDay: string): string {
  return `${isoDay}T23:59:59+11:00`;
}

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

function place(offer: Offer, commune: Commune | null): JsonLd | null {
  if (offer.location === null && commune === null) return null;
  return compact({
    '@type': 'Place',
    name: offer.location,
    // The country only with a known commune: an unrecognised place of work is not assumed in New Caledonia.
    address:
      commune === null
        ? null
        : {
            '@type': 'PostalAddress',
            addressLocality: commune.name,
            addressRegion: PROVINCE_NAMES[commune.province],
            addressCountry: 'NC',
          },
  });
}

/**
 * An offer as a schema.org `JobPosting` (JSON-LD): title, identifier (the
 * reference), datePosted, validThrough (the deadline's last second in Nouméa),
 * hiringOrganization (employer, direction as department), jobLocation (place of
 * work; commune, province and NC when the commune is known), employmentType when the text states it, description from the
 * missions and qualifications from the requirements. A field the document does
 * not give is left out, never guessed; no text holds an invisible format character.
 *
 * @param commune the commune the catalog derived from the place of work, if any.
 */
export function offerJsonLd(offer: Offer, commune: Commune | null): JsonLd {
  const types = statedEmploymentTypes(offer.body);
  // Texts without invisible format characters, as the catalog serves them (a last defence).
  return withoutInvisibleDeep(
    compact({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: offer.title,
      identifier: { '@type': 'PropertyValue', name: 'Référence AVP', value: offer.reference },
      datePosted: offer.publishedOn,
      validThrough: offer.deadline === null ? null : endOfNoumeaDay(offer.deadline),
      hiringOrganization:
        offer.employer === null
          ? null
          : compact({
              '@type': 'Organization',
              name: offer.employer,
              department:
                offer.direction === null
                  ? null
                  : { '@type': 'Organization', name: offer.direction },
            }),
      jobLocation: place(offer, commune),
      employmentType: types.length === 1 ? types[0] : types,
      jobStartDate: offer.startDate,
      description: offer.missions.join('\n'),
      qualifications: offer.requirements.join('\n'),
    }),
  );
}
