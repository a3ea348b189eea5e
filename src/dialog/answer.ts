import type { Offer, OfferStatus } from '../offers/offer.ts';

/** What a channel shows of an offer. */
export interface OfferCard {
  reference: string;
  title: string;
  employer: string | null;
  location: string | null;
  publishedOn: string | null;
  deadline: string | null;
  status: OfferStatus;
}

/**
 * The one channel-neutral reply of the assistant. Channels render it; none
 * adds or changes its content.
 */
export interface Answer {
  /** French text, plain (no HTML, no markdown). */
  text: string;
  /** The offers that answer the question; empty when none does. */
  offers: OfferCard[];
  /** Other offers worth proposing (for example when nothing matches). */
  suggestions: OfferCard[];
  /** Short follow-up messages the user can send with one tap. */
  quickReplies: string[];
  /** The intent understood, for logs and metrics. */
  intent: string;
}

export function toCard(offer: Offer, status: OfferStatus): OfferCard {
  return {
    reference: offer.reference,
    title: offer.title,
    employer: offer.employer,
    location: offer.location,
    publishedOn: offer.publishedOn,
    deadline: offer.deadline,
    status,
  };
}
