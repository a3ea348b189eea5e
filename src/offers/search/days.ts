import type { Offer, OfferStatus } from '../offer.ts';

/** `2025-06-27` → 20250627: ISO days compare as numbers in the same order as strings. */
export function dayNumber(isoDay: string): number {
  return (
    Number(isoDay.slice(0, 4)) * 10_000 +
    Number(isoDay.slice(5, 7)) * 100 +
    Number(isoDay.slice(8, 10))
  );
}

const NO_PUBLICATION = 0;
const NO_DEADLINE = 99_999_999;

/**
 * The publication and deadline days of a catalog's entries as numbers, read
 * once: deciding which offers are open on a day then costs a few integer
 * comparisons per offer instead of string comparisons (measured ~10× faster
 * on 20,000 offers, whose date strings are often sliced or concatenated).
 * Same rule as `offerStatus`.
 */
export class EntryDays {
  private readonly published: Int32Array;
  private readonly deadline: Int32Array;

  constructor(offers: readonly Pick<Offer, 'publishedOn' | 'deadline'>[]) {
    this.published = Int32Array.from(offers, (o) =>
      o.publishedOn === null ? NO_PUBLICATION : dayNumber(o.publishedOn),
    );
    this.deadline = Int32Array.from(offers, (o) =>
      o.deadline === null ? NO_DEADLINE : dayNumber(o.deadline),
    );
  }

  /** The status of the entry at `index` on a day given by `dayNumber`. */
  status(index: number, day: number): OfferStatus {
    if (day < this.published[index]!) return 'upcoming';
    if (day > this.deadline[index]!) return 'closed';
    return 'open';
  }

  /** The publication day number of an entry (0 when unknown), for sorting. */
  publishedOn(index: number): number {
    return this.published[index]!;
  }
}
