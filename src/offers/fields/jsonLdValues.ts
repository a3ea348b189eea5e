import { normalize } from '../../text/normalize.ts';

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

/**
 * The offer's contact as a schema.org `ContactPoint` (the `applicationContact` of a
 * `JobPosting`): its name, telephone and email when given; null without a number or address.
 */
export function contactPoint(
  contact: { name: string | null; phone: string | null; email: string | null } | null,
): Record<string, string> | null {
  if (contact === null || (contact.phone === null && contact.email === null)) return null;
  const point: Record<string, string> = { '@type': 'ContactPoint' };
  if (contact.name !== null) point.name = contact.name;
  if (contact.phone !== null) point.telephone = contact.phone;
  if (contact.email !== null) point.email = contact.email;
  return point;
}
