import Fuse from 'fuse.js';
import stopwordTable from '../text/lexicon/stopwords.json' with { type: 'json' };
import { normalizeWords } from '../text/normalize.ts';
import { stem } from '../text/tokens.ts';
import type { CatalogEntry } from './catalog.ts';

const STOPWORDS = new Set(stopwordTable.words);
/** Words shorter than this are matched exactly only. */
const FUZZY_MIN_LENGTH = 5;

function contentWords(text: string): string[] {
  return normalizeWords(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/**
 * Finds offers by the words of their title, tolerant of typos and missing
 * accents: each word of a message is matched to the titles' vocabulary
 * (exactly by stem, else fuzzily with fuse.js), then offers are scored by the
 * share of their title's weight (IDF) the message covers.
 */
export class TitleIndex {
  private readonly postings = new Map<string, Set<number>>();
  private readonly weights = new Map<string, number>();
  private readonly titleStems: string[][];
  private readonly vocabulary: Fuse<{ word: string; stem: string }>;

  constructor(private readonly entries: readonly CatalogEntry[]) {
    const vocabulary = new Map<string, string>();
    this.titleStems = entries.map((entry, index) => {
      const stems = [...new Set(contentWords(entry.offer.title).map((w) => {
        const s = stem(w);
        vocabulary.set(w, s);
        return s;
      }))];
      for (const s of stems) {
        if (!this.postings.has(s)) this.postings.set(s, new Set());
        this.postings.get(s)!.add(index);
      }
      return stems;
    });
    for (const [s, docs] of this.postings) this.weights.set(s, Math.log(1 + entries.length / docs.size));
    this.vocabulary = new Fuse(
      [...vocabulary].map(([word, s]) => ({ word, stem: s })),
      { keys: ['word'], threshold: 0.25, includeScore: true, ignoreLocation: true, minMatchCharLength: 4 },
    );
  }

  /** The stems of the titles' vocabulary named by the message (exactly or nearly). */
  private matchedStems(text: string): Set<string> {
    const matched = new Set<string>();
    for (const word of contentWords(text)) {
      const s = stem(word);
      if (this.postings.has(s)) {
        matched.add(s);
        continue;
      }
      if (word.length < FUZZY_MIN_LENGTH) continue;
      const best = this.vocabulary.search(word, { limit: 1 })[0];
      if (best && Math.abs(best.item.word.length - word.length) <= 2) matched.add(best.item.stem);
    }
    return matched;
  }

  /** Offers whose title the message names, best first; score is the covered share of the title (0..1]. */
  search(text: string): Array<{ entry: CatalogEntry; score: number }> {
    const matched = this.matchedStems(text);
    if (matched.size === 0) return [];
    const candidates = new Set<number>();
    for (const s of matched) for (const doc of this.postings.get(s) ?? []) candidates.add(doc);
    const results: Array<{ entry: CatalogEntry; score: number }> = [];
    for (const index of candidates) {
      const stems = this.titleStems[index]!;
      const total = stems.reduce((sum, s) => sum + this.weights.get(s)!, 0);
      const covered = stems.filter((s) => matched.has(s)).reduce((sum, s) => sum + this.weights.get(s)!, 0);
      results.push({ entry: this.entries[index]!, score: total > 0 ? covered / total : 0 });
    }
    return results.sort((a, b) => b.score - a.score);
  }
}
