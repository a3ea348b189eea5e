import type { z } from 'zod';
import type { OfferFromTable } from './fields/offerFields.ts';
import type { residenceSchema } from './fields/schemas.ts';

/** The residence a document requires: its wording and, when stated, the years. */
export type Residence = z.output<typeof residenceSchema>;

/**
 * An offer ("avis de vacance de poste") as the catalog holds it: one key per entry of the
 * table of offer fields (`fields/offerFields.ts`), typed by its schema. Every field a document
 * does not give is `null`: never guessed.
 */
export interface Offer extends OfferFromTable {}

/** Where an offer stands on a given Nouméa day. */
export type OfferStatus = 'upcoming' | 'open' | 'closed';

/**
 * Open from its publication day to its deadline, both included.
 * Before publication it does not exist yet; after the deadline it is closed.
 * An offer without a deadline is open from its publication on.
 */
export function offerStatus(
  offer: Pick<Offer, 'publishedOn' | 'deadline'>,
  today: string,
): OfferStatus {
  if (offer.publishedOn !== null && today < offer.publishedOn) return 'upcoming';
  if (offer.deadline !== null && today > offer.deadline) return 'closed';
  return 'open';
}
