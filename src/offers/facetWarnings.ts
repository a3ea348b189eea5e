import { OFFER_FIELD_KEYS } from './fields/offerFields.ts';
import type { Offer } from './offer.ts';
import { canonicalDirectionName } from './parse/facets/acronyms.ts';

/** What `cli check` says of facets it doubts (French, short). */
export const facetWarningMessages = {
  placeWithoutCommune: (location: string) =>
    `lieu de travail sans commune reconnue : « ${location} »`,
  directionWithoutName: (direction: string) =>
    `direction sans nom canonique (« Direction de … ») : « ${direction} »`,
  contactUnreachable: (name: string | null) =>
    `contact sans téléphone ni courriel${name === null ? '' : ` : « ${name} »`}`,
} as const;

/** The offer's contact, when the table has the field: `{ name, phone, email }` or null. */
function contactOf(
  offer: Offer,
  keys: readonly string[],
): { name: string | null; reachable: boolean } | null {
  if (!keys.includes('contact')) return null;
  const value = (offer as unknown as Record<string, unknown>).contact;
  if (value === null || typeof value !== 'object') return null;
  const { name, phone, email } = value as Record<string, unknown>;
  const given = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  return {
    name: given(name) ? (name as string) : null,
    reachable: given(phone) || given(email),
  };
}

/**
 * Doubts about an offer's facets, for `cli check` (warnings: the offer is still served): a
 * place of work that maps to no commune, a direction the facet could not give a canonical
 * name ("Direction Finances"), a contact with neither phone nor e-mail (when the table has
 * the `contact` field). Nothing is said of what the document does not state.
 *
 * @param keys the table's field keys (the contact is read only when they hold `contact`).
 */
export function facetWarnings(offer: Offer, keys: readonly string[] = OFFER_FIELD_KEYS): string[] {
  const warnings: string[] = [];
  if (offer.location !== null && (offer.communes ?? []).length === 0)
    warnings.push(facetWarningMessages.placeWithoutCommune(offer.location));
  if (offer.direction !== null && canonicalDirectionName(offer.direction) === null)
    warnings.push(facetWarningMessages.directionWithoutName(offer.direction));
  const contact = contactOf(offer, keys);
  if (contact !== null && !contact.reachable)
    warnings.push(facetWarningMessages.contactUnreachable(contact.name));
  return warnings;
}
