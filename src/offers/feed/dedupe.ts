import type { Offer } from '../offer.ts';

/** An offer dropped because the same reference was published again. */
export interface ReplacedOffer {
  offer: Offer;
  by: Offer;
}

/**
 * One offer per reference: the latest publication (`publishedOn`), the later record on a tie
 * (a republished offer keeps its number with a new record). Order of first appearance is kept.
 */
export function latestPerReference(offers: readonly Offer[]): {
  offers: Offer[];
  replaced: ReplacedOffer[];
} {
  const kept = new Map<string, Offer>();
  const replaced: ReplacedOffer[] = [];
  for (const offer of offers) {
    const current = kept.get(offer.reference);
    if (current === undefined) {
      kept.set(offer.reference, offer);
    } else if ((offer.publishedOn ?? '') >= (current.publishedOn ?? '')) {
      kept.set(offer.reference, offer);
      replaced.push({ offer: current, by: offer });
    } else {
      replaced.push({ offer, by: current });
    }
  }
  return { offers: [...kept.values()], replaced };
}
