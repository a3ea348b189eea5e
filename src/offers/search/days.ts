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

  /** The day number of an entry's publication or deadline (null when it has none). */
  dayOf(index: number, field: DayField): number | null {
    const day = field === 'publishedOn' ? this.published[index]! : this.deadline[index]!;
    return day === NO_PUBLICATION || day === NO_DEADLINE ? null : day;
  }

  /** The entries' positions in order of one of their days, built on first use. */
  private readonly byDay: Partial<Record<DayField, Int32Array>> = {};

  private sortedBy(field: DayField): Int32Array {
    let sorted = this.byDay[field];
    if (sorted === undefined) {
      const days = field === 'publishedOn' ? this.published : this.deadline;
      sorted = Int32Array.from(days.keys()).sort((a, b) => days[a]! - days[b]!);
      this.byDay[field] = sorted;
    }
    return sorted;
  }

  /**
   * Positions of the entries whose day (publication or deadline) lies in a window of day numbers
   * (both ends included, null: open), found by binary search: a window over 20,000 offers costs
   * its own size, not the catalog's. Entries without that day are never in a window.
   */
  within(field: DayField, start: number | null, end: number | null): Int32Array {
    const days = field === 'publishedOn' ? this.published : this.deadline;
    const sorted = this.sortedBy(field);
    const first = (day: number) => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (days[sorted[middle]!]! < day) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const from = first(Math.max(start ?? 1, 1));
    const to = first((end ?? NO_DEADLINE - 1) + 1);
    return sorted.subarray(from, to);
  }
}

/** A day of an offer a window can be asked on. */
export type DayField = 'publishedOn' | 'deadline';
