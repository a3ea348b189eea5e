import type { Offer, OfferStatus } from './offer.ts';
import { communeOfLocation, type Commune, type ProvinceId } from '../text/places.ts';
import type { AcronymTable } from './parse/facets/acronyms.ts';
import { catalogAcronyms } from './search/catalogAcronyms.ts';
import { entryPlaces } from './search/entryPlaces.ts';
import { TitleIndex } from './titleIndex.ts';
import { filterPredicate, type OfferFilters } from './search/filters.ts';
import { OfferIndex } from './search/offerIndex.ts';
import { dayNumber, EntryDays } from './search/days.ts';
import { visibleOffer } from './visibleOffer.ts';

import type { CatalogVocabulary, UnitName } from '../nlu/query/extractor.ts';
import { catalogCorps, catalogUnits } from './search/catalogUnits.ts';
export type { OfferFilters } from './search/filters.ts';

/** A file that could not be read as an offer, and why. */
export interface CatalogProblem {
  path: string;
  reason: string;
}

/** An offer with what the catalog derives from it once, at load. */
export interface CatalogEntry {
  offer: Offer;
  /** The first of `communes` (what a one-line listing shows); null when none is known. */
  commune: Commune | null;
  /** Every commune of the offer (`offer.communes`; else the one its place of work names). */
  communes: readonly Commune[];
  /** The province of those communes, or the offer's province when it names no commune. */
  province: ProvinceId | null;
}

/** An entry found by a search, with its relevance (0 when listed without words). */
export interface SearchHit {
  entry: CatalogEntry;
  score: number;
}

/** The entries of the offers, each distinct place of work looked up once (places repeat). */
function entriesOf(offers: readonly Offer[]): CatalogEntry[] {
  const known = new Map<string, Commune | null>();
  const located = (location: string): Commune | null => {
    let commune = known.get(location);
    if (commune === undefined) {
      commune = communeOfLocation(location);
      known.set(location, commune);
    }
    return commune;
  };
  return offers.map((offer) => {
    const places = entryPlaces(offer, located);
    return { offer, commune: places.communes[0] ?? null, ...places };
  });
}

/**
 * An immutable snapshot of the offers: built once per load, swapped whole on
 * reload, so a turn always sees one consistent catalog. It holds two indexes:
 * the title index (the dialog's "which offer is this about") and the
 * full-text index (search across every field of every offer).
 */
/** Entry positions by reference number: the digits after the year (`3134-26-0747/SR` → 747). */
function numbersOf(entries: readonly CatalogEntry[]): Map<number, number[]> {
  const byNumber = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    const digits = /-\d{2}-(\d{3,5})/.exec(entry.offer.reference)?.[1];
    if (digits === undefined) return;
    const list = byNumber.get(Number(digits));
    if (list === undefined) byNumber.set(Number(digits), [index]);
    else list.push(index);
  });
  return byNumber;
}

export class Catalog implements CatalogVocabulary {
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly CatalogProblem[];
  readonly loadedAt: Date;
  /** Direction acronyms: the lexicon's and those its offers print (`catalogAcronyms`). */
  readonly directionAcronyms: AcronymTable;
  /** The directions and services of the offers, with their acronyms and short forms (`catalogUnits`). */
  private readonly unitNames: readonly UnitName[];
  /** The corps alternatives of the offers, each once. */
  private readonly corpsNames: readonly string[];
  private readonly byReference: Map<string, CatalogEntry>;
  /** Entry positions by the number of their reference (`3134-26-0747/SR` → 747): desk agents' short numbers. */
  private readonly byNumber: Map<number, number[]>;
  private readonly titles: TitleIndex;
  private readonly text: OfferIndex;
  private readonly days: EntryDays;
  /** Entry positions, most recently published first (ties in catalog order). */
  private readonly recency: number[];
  /** Each position's rank in {@link recency}. */
  private readonly recencyRank: Int32Array;
  /** Each reference's position. */
  private readonly positionOf: Map<string, number>;
  /** The positions open on the last day asked (most recent first): most turns ask about today. */
  private openOn: { day: number; positions: number[] } | null = null;

  /**
   * @param given the offers of every source (documents, feed, merged), served as
   * {@link visibleOffer} makes them: no bidi override or zero-width character reaches a user.
   */
  constructor(given: readonly Offer[], problems: readonly CatalogProblem[], loadedAt: Date) {
    const offers = given.map(visibleOffer);
    this.entries = entriesOf(offers);
    this.directionAcronyms = catalogAcronyms(offers);
    this.unitNames = catalogUnits(offers, this.directionAcronyms);
    this.corpsNames = catalogCorps(offers);
    this.byReference = new Map(this.entries.map((e) => [e.offer.reference, e]));
    this.byNumber = numbersOf(this.entries);
    this.titles = new TitleIndex(this.entries);
    this.text = new OfferIndex(this.entries);
    this.days = new EntryDays(offers);
    this.recency = this.entries
      .map((_, i) => i)
      .sort((a, b) => this.days.publishedOn(b) - this.days.publishedOn(a) || a - b);
    this.recencyRank = new Int32Array(this.entries.length);
    this.recency.forEach((position, rank) => {
      this.recencyRank[position] = rank;
    });
    this.positionOf = new Map(this.entries.map((e, i) => [e.offer.reference, i]));
    this.problems = problems;
    this.loadedAt = loadedAt;
  }

  get size(): number {
    return this.entries.length;
  }

  byRef(reference: string): CatalogEntry | undefined {
    return this.byReference.get(reference);
  }

  /** Entries in a given state on a Nouméa day, most recently published first; offers not yet published are never returned. */
  withStatus(status: OfferStatus, today: string): CatalogEntry[] {
    const day = dayNumber(today);
    const positions =
      status === 'open'
        ? this.openPositions(day)
        : this.recency.filter((i) => this.days.status(i, day) === status);
    return positions.map((i) => this.entries[i]!);
  }

  /**
   * The positions a search looks at, most recent first: the offers named, else those open on the
   * day asked, else those in the date window (by binary search on the day), else all of them. The
   * filter then tests only these.
   */
  private candidates(filters: OfferFilters): readonly number[] {
    if (filters.references !== undefined)
      return [...filters.references]
        .map((r) => this.positionOf.get(r))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => this.recencyRank[a]! - this.recencyRank[b]!);
    if (filters.openOn !== undefined) return this.openPositions(dayNumber(filters.openOn));
    const { window } = filters;
    if (window !== undefined) {
      const start = window.start === null ? null : dayNumber(window.start);
      const end = window.end === null ? null : dayNumber(window.end);
      return [...this.days.within(window.field, start, end)].sort(
        (a, b) => this.recencyRank[a]! - this.recencyRank[b]!,
      );
    }
    return this.recency;
  }

  /** Positions of the entries open on a day, most recent first, kept for the last day asked. */
  private openPositions(day: number): readonly number[] {
    if (this.openOn?.day !== day)
      this.openOn = {
        day,
        positions: this.recency.filter((i) => this.days.status(i, day) === 'open'),
      };
    return this.openOn.positions;
  }

  /** Entries that exist on that day (published on or before it), most recent first. */
  published(today: string): CatalogEntry[] {
    const day = dayNumber(today);
    return this.recency
      .filter((i) => this.days.status(i, day) !== 'upcoming')
      .map((i) => this.entries[i]!);
  }

  /** The per-word memos of this catalog's indexes: title look-ups and search words (read-only). */
  memoStats() {
    return { titles: this.titles.memoStats(), words: this.text.memoStats() };
  }

  /** True when some offer's text holds this normalised word (its stem), exactly: a word worth searching. */
  knowsWord(word: string): boolean {
    return this.text.knows(word);
  }

  /** True when some offer's title or missions hold this normalised word (its stem): a word worth searching. */
  holdsContentWord(word: string): boolean {
    return this.text.holdsContent(word);
  }

  /** True when some offer's title holds this normalised word (its stem). */
  inTitles(word: string): boolean {
    return this.text.inTitles(word);
  }

  /** The directions and services the offers name, with their acronyms and short forms. */
  units(): readonly UnitName[] {
    return this.unitNames;
  }

  /** The corps alternatives the offers name, each once. */
  corps(): readonly string[] {
    return this.corpsNames;
  }

  /** The words of a message that name an offer's title (read as one job title by the understanding). */
  titleWords(text: string): Set<string> {
    return this.titles.titleWords(text);
  }

  /** References of offers published by `today` whose number is these digits ("0747", "747"). */
  referencesNumbered(digits: string, today: string): string[] {
    const day = dayNumber(today);
    return (this.byNumber.get(Number(digits)) ?? [])
      .filter((i) => this.days.status(i, day) !== 'upcoming')
      .map((i) => this.entries[i]!.offer.reference);
  }

  /** {@link matchTitle} by reference: what the understanding reads (`CatalogVocabulary`). */
  titleMatches(
    text: string,
    today: string,
    limit?: number,
  ): Array<{ reference: string; score: number }> {
    const day = dayNumber(today);
    return this.titles
      .search(text, (index) => this.days.status(index, day) !== 'upcoming', limit)
      .map((m) => ({ reference: m.entry.offer.reference, score: m.score }));
  }

  /** References of offers published by `today` whose title holds any of these words, best first. */
  titlesHolding(words: readonly string[], today: string, limit?: number): string[] {
    const day = dayNumber(today);
    return this.titles
      .holding(words, (index) => this.days.status(index, day) !== 'upcoming', limit)
      .map((e) => e.offer.reference);
  }

  /** True when an offer with this reference is in the catalog. */
  has(reference: string): boolean {
    return this.byReference.has(reference);
  }

  /** Offers whose title matches the words, best first, among those published by `today`. */
  matchTitle(text: string, today: string): Array<{ entry: CatalogEntry; score: number }> {
    const day = dayNumber(today);
    return this.titles.search(text, (index) => this.days.status(index, day) !== 'upcoming');
  }

  /** True when the words name the title of an offer published by `today` (`matchTitle` would find one). */
  namesTitle(text: string, today: string): boolean {
    const day = dayNumber(today);
    return this.titles.names(text, (index) => this.days.status(index, day) !== 'upcoming');
  }

  /**
   * Full-text search across title, employer, corps, direction, place, missions
   * and requirements (typos, missing accents and an unfinished last word
   * tolerated), best first, restricted by the filters. Without words, lists
   * the entries the filters keep, most recently published first.
   *
   * @example
   * catalog.search('tecnicien informatique', { places: findPlaces(['kone']), publishedBy: today })
   */
  search(text: string, filters: OfferFilters = {}): SearchHit[] {
    const keep = filterPredicate(filters, this.days, this.directionAcronyms);
    const candidates = this.candidates(filters);
    if (text.trim() === '')
      return candidates
        .filter((i) => keep(this.entries[i]!, i))
        .map((i) => ({ entry: this.entries[i]!, score: 0 }));
    return this.text
      .search(text, (i) => keep(this.entries[i]!, i))
      .map((hit) => ({ entry: this.entries[hit.index]!, score: hit.score }));
  }
}
