import type { Offer, OfferStatus } from './offer.ts';
import { offerStatus } from './offer.ts';
import { communeOfLocation, type Commune } from '../text/places.ts';
import { TitleIndex } from './titleIndex.ts';

/** A file that could not be read as an offer, and why. */
export interface CatalogProblem {
  path: string;
  reason: string;
}

/** An offer with what the catalog derives from it once, at load. */
export interface CatalogEntry {
  offer: Offer;
  commune: Commune | null;
}

/**
 * An immutable snapshot of the offers: built once per load, swapped whole on
 * reload, so a turn always sees one consistent catalog.
 */
export class Catalog {
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly CatalogProblem[];
  readonly loadedAt: Date;
  private readonly byReference: Map<string, CatalogEntry>;
  private readonly titles: TitleIndex;

  constructor(offers: readonly Offer[], problems: readonly CatalogProblem[], loadedAt: Date) {
    this.entries = offers.map((offer) => ({ offer, commune: communeOfLocation(offer.location) }));
    this.byReference = new Map(this.entries.map((e) => [e.offer.reference, e]));
    this.titles = new TitleIndex(this.entries);
    this.problems = problems;
    this.loadedAt = loadedAt;
  }

  get size(): number {
    return this.entries.length;
  }

  byRef(reference: string): CatalogEntry | undefined {
    return this.byReference.get(reference);
  }

  /** Entries in a given state on a Nouméa day; offers not yet published are never returned. */
  withStatus(status: OfferStatus, today: string): CatalogEntry[] {
    return this.entries.filter((e) => offerStatus(e.offer, today) === status);
  }

  /** Entries that exist on that day (published on or before it), most recent first. */
  published(today: string): CatalogEntry[] {
    return this.entries
      .filter((e) => offerStatus(e.offer, today) !== 'upcoming')
      .sort((a, b) => (b.offer.publishedOn ?? '').localeCompare(a.offer.publishedOn ?? ''));
  }

  /** Offers whose title matches the words, best first, among those published by `today`. */
  matchTitle(text: string, today: string): Array<{ entry: CatalogEntry; score: number }> {
    return this.titles.search(text).filter((m) => offerStatus(m.entry.offer, today) !== 'upcoming');
  }
}
