import SearchableMap from 'minisearch/SearchableMap';
import type { CatalogEntry } from '../catalog.ts';
import { PROVINCE_NAMES } from '../../text/places.ts';
import { fuzziness, processTerm, queryWords, tokenize } from './analyzer.ts';
import { InvertedIndex, type FieldSpec, type TermMatch } from './invertedIndex.ts';
import { BoundedMemo, MAX_WORD_LENGTH, type MemoStats } from '../../text/boundedMemo.ts';

/** The fields searched and their weight in the ranking. */
export const SEARCH_FIELDS: ReadonlyArray<FieldSpec<CatalogEntry>> = [
  { boost: 4, text: (e) => e.offer.title },
  { boost: 1.5, text: (e) => e.offer.employer ?? '' },
  { boost: 1.5, text: (e) => e.offer.corps.join(' ou ') },
  {
    boost: 1,
    text: (e) => [e.offer.direction ?? '', e.offer.directionAcronym ?? ''].join(' '),
  },
  {
    boost: 2,
    text: (e) =>
      [
        e.offer.location ?? '',
        ...e.communes.map((c) => c.name),
        e.province ? PROVINCE_NAMES[e.province] : '',
      ].join(' '),
  },
  { boost: 1, text: (e) => e.offer.missions.join('\n') },
  { boost: 1, text: (e) => e.offer.requirements.join('\n') },
];

/** How much a fuzzy match counts per edit, and a prefix match (scaled by the share typed). */
const FUZZY_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.6;
/** Terms a prefix may stand for, at most (the most frequent are kept). */
const MAX_PREFIX_TERMS = 50;
const MAX_QUERY_WORDS = 12;

/** One hit: the entry's position in the catalog and its relevance. */
export interface IndexHit {
  index: number;
  score: number;
}

/**
 * Full-text search over the whole catalog, designed from measurements (see
 * `bench/catalog.ts`): an inverted index over title, employer, corps,
 * direction, place, missions and requirements; terms normalised and stemmed
 * like the rest of the bot; typos tolerated on the words as written (1 edit
 * from 5 letters, 2 from 9);
 * the last word may be unfinished (prefix). Every word is required; when that
 * finds nothing, any word counts.
 */
export class OfferIndex {
  private readonly index: InvertedIndex;
  /** The corpus' words as written (normalised), each to its stem's term: typos and prefixes are looked up here. */
  private readonly words: SearchableMap<number>;
  /** The terms of titles and missions: the words an offer is about (not its requirements' prose). */
  private readonly content: ReadonlySet<string>;
  /** The terms of titles. */
  private readonly titleTerms: ReadonlySet<string>;

  constructor(entries: readonly CatalogEntry[]) {
    // Each distinct word is turned into its term once (null: a function word); 20,000 offers hold
    // millions of words but tens of thousands of distinct ones.
    const stems = new Map<string, string | null>();
    const analyze = (text: string): string[] => {
      const terms: string[] = [];
      for (const word of tokenize(text)) {
        let term = stems.get(word);
        if (term === undefined) stems.set(word, (term = processTerm(word)));
        if (term !== null) terms.push(term);
      }
      return terms;
    };
    this.index = InvertedIndex.build(entries, SEARCH_FIELDS, analyze);
    const content = new Set<string>();
    const titleTerms = new Set<string>();
    for (const { offer } of entries) {
      for (const term of analyze(offer.title)) titleTerms.add(term);
      for (const text of offer.missions) for (const term of analyze(text)) content.add(term);
    }
    for (const term of titleTerms) content.add(term);
    this.content = content;
    this.titleTerms = titleTerms;
    this.words = SearchableMap.from(
      [...stems].flatMap(([word, term]) =>
        term === null ? [] : [[word, this.index.termId(term)!] as [string, number]],
      ),
    );
  }

  /**
   * What each query word stood for, "!"-prefixed when it was the last (prefixes count then): up
   * to {@link MAX_PREFIX_TERMS} prefix terms and the fuzzy ones, ~40 bytes each. One memo per index.
   */
  private readonly matched = new BoundedMemo<readonly TermMatch[]>({
    maxEntries: 20_000,
    maxBytes: 4 * 1024 * 1024,
    maxKeyLength: MAX_WORD_LENGTH + 1,
    valueBytes: (matches) => 16 + 40 * matches.length,
  });

  /** The query words' memo: size and bounds (read-only). */
  memoStats(): MemoStats {
    return this.matched.stats();
  }

  /**
   * The terms a query word stands for: its stem exactly, words within a few edits, words it begins
   * (last word). A word over {@link MAX_WORD_LENGTH} letters is no French word: exactly only.
   */
  private matches(word: string, last: boolean): readonly TermMatch[] {
    if (word.length > MAX_WORD_LENGTH) return this.exactMatch(word);
    return this.matched.get(last ? `!${word}` : word, () => this.findMatches(word, last));
  }

  private exactMatch(word: string): TermMatch[] {
    const stem = processTerm(word);
    const exact = stem === null ? undefined : this.index.termId(stem);
    return exact === undefined ? [] : [{ term: exact, factor: 1 }];
  }

  private findMatches(word: string, last: boolean): TermMatch[] {
    const factors = new Map<number, number>();
    const keep = (term: number, factor: number) =>
      factors.set(term, Math.max(factors.get(term) ?? 0, factor));
    const stem = processTerm(word);
    const exact = stem === null ? undefined : this.index.termId(stem);
    if (exact !== undefined) keep(exact, 1);
    const edits = fuzziness(word);
    if (edits !== false) {
      for (const [term, distance] of this.words.fuzzyGet(word, edits).values())
        keep(term, FUZZY_WEIGHT ** distance);
    }
    if (last && word.length >= 3) {
      const longer = [...this.words.atPrefix(word)]
        .sort((a, b) => this.index.frequency(b[1]) - this.index.frequency(a[1]))
        .slice(0, MAX_PREFIX_TERMS);
      for (const [key, term] of longer) keep(term, (PREFIX_WEIGHT * word.length) / key.length);
    }
    return [...factors].map(([term, factor]) => ({ term, factor }));
  }

  /** True when the catalog's text holds this normalised word (by its stem), exactly. */
  knows(word: string): boolean {
    const stem = processTerm(word);
    return stem !== null && this.index.termId(stem) !== undefined;
  }

  /** True when some title or missions hold this normalised word (by its stem), exactly. */
  holdsContent(word: string): boolean {
    const stem = processTerm(word);
    return stem !== null && this.content.has(stem);
  }

  /** True when some title holds this normalised word (by its stem), exactly. */
  inTitles(word: string): boolean {
    const stem = processTerm(word);
    return stem !== null && this.titleTerms.has(stem);
  }

  /** Entries matching the words, best first (ties: catalog order); `accept` filters by position. */
  search(text: string, accept: (index: number) => boolean = () => true): IndexHit[] {
    const typed = [...new Set(queryWords(text))].slice(0, MAX_QUERY_WORDS);
    if (typed.length === 0) return [];
    const words = typed.map((word, i) => this.matches(word, i === typed.length - 1));
    const found = words.some((w) => w.length === 0) ? [] : this.hits(words, true, accept);
    return found.length > 0 || typed.length === 1
      ? found
      : this.hits(
          words.filter((w) => w.length > 0),
          false,
          accept,
        );
  }

  private hits(
    words: ReadonlyArray<readonly TermMatch[]>,
    all: boolean,
    accept: (index: number) => boolean,
  ): IndexHit[] {
    if (words.length === 0) return [];
    const { positions, scores } = this.index.score(words, all);
    return InvertedIndex.rank(positions.filter(accept), scores).map((index) => ({
      index,
      score: scores[index]!,
    }));
  }
}
