import { z } from 'zod';
import { OFFER_SHAPE } from './fields/offerFields.ts';
import type { Offer } from './offer.ts';

export {
  MAX_BODY_LENGTH,
  MAX_FIELD_LENGTH,
  MAX_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_TITLE_LENGTH,
} from './fields/schemas.ts';

/**
 * What a parsed offer must look like to be served: one schema per field of the table
 * (normalised reference, ISO days, bounded texts and lists), and a deadline. Every AVP states its
 * "Date limite de candidature"; a document without one is taken as truncated (served, it would
 * read as open for ever). Unknown keys are tolerated (the parser may grow new fields).
 */
export const offerSchema = z.object(OFFER_SHAPE).refine((o) => o.deadline !== null, {
  error: 'pas de date limite de candidature (document tronqué ?)',
  path: ['deadline'],
});

/**
 * The schema's complaints about an offer, one French line each
 * (`champ : problème`); empty when the offer can be served.
 *
 * @example
 * offerIssues({ ...offer, publishedOn: '2025-02-30' }) // ['publishedOn : jour inexistant']
 */
export function offerIssues(offer: Offer): string[] {
  const result = offerSchema.safeParse(offer);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'offre'} : ${issue.message}`,
  );
}
