import SearchableMap from 'minisearch/SearchableMap';
import stopwordTable from '../text/lexicon/stopwords.json' with { type: 'json' };
import jobTable from '../text/lexicon/jobWords.fr.json' with { type: 'json' };
import { PLACE_FORMS } from '../text/places.ts';
import { stem } from '../text/tokens.ts';
import { tokenize } from './search/analyzer.ts';
import type { CatalogEntry } from './catalog.ts';
import { BoundedMemo, detached, MAX_WORD_LENGTH, type MemoStats } from '../text/boundedMemo.ts';

const STOPWORDS = new Set(stopwordTable.words);
/** Words shorter than this are matched exactly only. */
const FUZZY_MIN_LENGTH = 5;
/** A near word may differ in length by this much at most. */
const MAX_LENGTH_GAP = 2;
/**
 * A message names a title only if it covers at least this share of it: one
 * common word ("direction", "résidence") of a long title is not a name.
 */
const MIN_TITLE_COVERAGE = 0.3;
/**
 * A title word names its titles alone when at most this share of the distinct titles hold it
 * (and at least one: a word no other title holds is always distinctive): "cybersécurité",
 * "acheteur", "SAV". Its title is then named even if the message covers less than
 * {@link MIN_TITLE_COVERAGE} of it, scored as if it covered {@link DISTINCTIVE_COVERAGE}.
 */
const DISTINCTIVE_SHARE = 0.005;
const DISTINCTIVE_COVERAGE = 0.5;
/** Distinctive words are at least this long ("SAV", not "AE"). */
const DISTINCTIVE_MIN_LENGTH = 3;
/**
 * A message word at least this long may be a clipped title word ("cyber" → "cybersécurité",
 * "admin" → "administrateur"): a clipping keeps at most {@link MAX_CLIPPED_SHARE} of the word,
 * so "fonction" is no clipping of "fonctionnel".
 */
const PREFIX_MIN_LENGTH = 5;
const MAX_CLIPPED_SHARE = 0.6;
/**
 * Title words that never name a title alone, however rare in the catalog: the lexicon's generic
 * words ("chef", "direction", "chargé") and the words of places (a place is a filter, not a name).
 */
const NEVER_DISTINCTIVE = new Set(
  [...jobTable.generic, ...PLACE_FORMS.flatMap((p) => p.form.split(' '))].map(stem),
);
/** Elided articles written without their apostrophe: "loffre", "ladmin", "dacheteur". */
const GLUED_ARTICLE = /^[ldjmnst](?=[a-z]{4})/;
/** Messages longer than this (four times the channels' cap) are read each time, not kept. */
const MAX_KEPT_TEXT = 2_000;

function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** Offers sharing the same title stems: scored once, listed in catalog order. */
interface TitleGroup {
  stems: string[];
  total: number;
  members: number[];
}

/**
 * Finds offers by the words of their title, tolerant of typos and missing
 * accents: each word of a message is matched to the titles' vocabulary
 * (exactly by stem, else to the nearest word within ¼ of its length in edits,
 * as the former fuse.js threshold of 0.25 did, through a radix tree), then
 * offers are scored by how well title and message words cover each other (IDF-weighted).
 * Offers with the same title stems are grouped, so the work grows with the
 * number of distinct titles, not of offers.
 */
export class TitleIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly weights = new Map<string, number>();
  /** Stems that name their few titles alone (see {@link DISTINCTIVE_SHARE}). */
  private readonly distinctive = new Set<string>();
  private readonly groups: TitleGroup[] = [];
  private readonly vocabulary: SearchableMap<{ stem: string; count: number }>;
  /** Fuzzy look-ups: the value is a stem of the vocabulary (shared) or null; one memo per index. */
  private readonly near = new BoundedMemo<string | null>({
    maxEntries: 20_000,
    maxBytes: 2 * 1024 * 1024,
    maxKeyLength: MAX_WORD_LENGTH,
    valueBytes: () => 0,
  });
  private last: {
    text: string;
    words: Map<string, string>;
    scored: Array<{ group: TitleGroup; score: number }>;
  } | null = null;

  constructor(private readonly entries: readonly CatalogEntry[]) {
    const bySignature = new Map<string, TitleGroup>();
    const vocabulary = new Map<string, { stem: string; count: number }>();
    const frequency = new Map<string, number>();
    entries.forEach((entry, index) => {
      const words = contentWords(entry.offer.title);
      const stems = [...new Set(words.map(stem))];
      for (const word of words) {
        const known = vocabulary.get(word) ?? { stem: stem(word), count: 0 };
        known.count += 1;
        vocabulary.set(word, known);
      }
      for (const s of stems) frequency.set(s, (frequency.get(s) ?? 0) + 1);
      const signature = [...stems].sort().join(' ');
      let group = bySignature.get(signature);
      if (group === undefined) {
        group = { stems, total: 0, members: [] };
        bySignature.set(signature, group);
        for (const s of stems) {
          const list = this.postings.get(s);
          if (list === undefined) this.postings.set(s, [this.groups.length]);
          else list.push(this.groups.length);
        }
        this.groups.push(group);
      }
      group.members.push(index);
    });
    for (const [s, count] of frequency) this.weights.set(s, Math.log(1 + entries.length / count));
    const fewTitles = Math.max(1, Math.floor(this.groups.length * DISTINCTIVE_SHARE));
    for (const [s, groups] of this.postings)
      if (
        groups.length <= fewTitles &&
        s.length >= DISTINCTIVE_MIN_LENGTH &&
        !NEVER_DISTINCTIVE.has(s)
      )
        this.distinctive.add(s);
    for (const group of this.groups)
      group.total = group.stems.reduce((sum, s) => sum + this.weights.get(s)!, 0);
    this.vocabulary = SearchableMap.from(vocabulary);
  }

  /** The fuzzy look-ups' memo: size and bounds (read-only). */
  memoStats(): MemoStats {
    return this.near.stats();
  }

  /** The nearest word of the titles' vocabulary, if close enough (memoised per word). */
  private nearStem(word: string): string | null {
    return this.near.get(word, (w) => this.findNearStem(w));
  }

  private findNearStem(word: string): string | null {
    let best: { distance: number; count: number; stem: string } | null = null;
    for (const [near, [info, distance]] of this.vocabulary.fuzzyGet(
      word,
      Math.floor(word.length / 4),
    )) {
      if (Math.abs(near.length - word.length) > MAX_LENGTH_GAP) continue;
      if (
        best === null ||
        distance < best.distance ||
        (distance === best.distance && info.count > best.count)
      ) {
        best = { distance, count: info.count, stem: info.stem };
      }
    }
    return best?.stem ?? null;
  }

  /** Each word of the message that names a stem of the titles' vocabulary (exactly or nearly), with that stem. */
  private matchedWords(text: string): Map<string, string> {
    const matched = new Map<string, string>();
    for (const word of contentWords(text)) {
      const found = this.titleStem(word) ?? this.titleStem(word.replace(GLUED_ARTICLE, ''));
      if (found !== null) matched.set(word, found);
    }
    return matched;
  }

  /** The title stem a word names: the same stem, the start of a longer title word, or a near word. */
  private titleStem(word: string): string | null {
    if (word.length < 2 || word.length > MAX_WORD_LENGTH) return null;
    const s = stem(word);
    if (this.postings.has(s)) return s;
    if (word.length < FUZZY_MIN_LENGTH) return null;
    return this.prefixStem(word) ?? this.nearStem(word);
  }

  /** The stem of the most frequent title word that starts with this word ("cyber" → "cybersecur"), if any. */
  private prefixStem(word: string): string | null {
    if (word.length < PREFIX_MIN_LENGTH) return null;
    let best: { stem: string; count: number } | null = null;
    for (const [longer, info] of this.vocabulary.atPrefix(word)) {
      if (word.length > longer.length * MAX_CLIPPED_SHARE) continue;
      if (best === null || info.count > best.count) best = info;
    }
    return best?.stem ?? null;
  }

  /**
   * The words of the message that name the best-matching title ("chargé",
   * "gestion", "commissions"), so the understanding can read them as one job
   * title; empty when no title is named.
   */
  titleWords(text: string): Set<string> {
    const { words, scored } = this.read(text);
    const best = scored[0];
    if (best === undefined) return new Set();
    const stems = new Set(best.group.stems);
    return new Set([...words].filter(([, s]) => stems.has(s)).map(([w]) => w));
  }

  /**
   * The message's matched words and scored title groups. One turn asks about the same text two or
   * three times (title words, "does it name an offer", which offer), so the last one is kept.
   */
  private read(text: string): {
    words: Map<string, string>;
    scored: Array<{ group: TitleGroup; score: number }>;
  } {
    if (this.last?.text === text) return this.last;
    if (text.length > MAX_KEPT_TEXT) return this.readText(text);
    this.last = this.readText(detached(text)); // owns its text: a slice would keep its source alive
    return this.last;
  }

  private readText(text: string) {
    const words = this.matchedWords(text);
    // a near word ("residence" for "résilience") adds to a title's coverage, never names it alone
    const sure = new Set([...words].filter(([w, s]) => !this.isNear(w, s)).map(([, s]) => s));
    return { text, words, scored: this.scoreGroups(new Set(words.values()), sure) };
  }

  /** True when the word named this stem only as a near word (not the same stem, not a clipping). */
  private isNear(word: string, found: string): boolean {
    const plain = word.replace(GLUED_ARTICLE, '');
    return ![word, plain].some((w) => stem(w) === found || this.prefixStem(w) === found);
  }

  private scoreGroups(
    matched: ReadonlySet<string>,
    sure: ReadonlySet<string>,
  ): Array<{ group: TitleGroup; score: number }> {
    if (matched.size === 0) return [];
    const candidates = new Set<number>();
    for (const s of matched) for (const g of this.postings.get(s) ?? []) candidates.add(g);
    const asked = [...matched].reduce((sum, s) => sum + this.weights.get(s)!, 0);
    const scored = [...candidates].flatMap((g) => {
      const group = this.groups[g]!;
      const held = group.stems.filter((s) => matched.has(s));
      const covered = held.reduce((sum, s) => sum + this.weights.get(s)!, 0);
      const coverage = group.total > 0 ? covered / group.total : 0;
      const distinct = held.some((s) => sure.has(s) && this.distinctive.has(s));
      if (coverage < MIN_TITLE_COVERAGE && !distinct) return [];
      const counted = distinct ? Math.max(coverage, DISTINCTIVE_COVERAGE) : coverage;
      return [{ group, held: new Set(held), score: Math.sqrt(counted * (covered / asked)) }];
    });
    // a title holding only some of the words another title holds is not what the message names
    const kept = scored.filter(
      (a) =>
        !scored.some((b) => b.held.size > a.held.size && [...a.held].every((s) => b.held.has(s))),
    );
    return kept.sort((a, b) => b.score - a.score || a.group.members[0]! - b.group.members[0]!);
  }

  /**
   * Offers whose title the message names, best first (equal scores: by title
   * group, each in catalog order). The score (0..1] is the geometric mean of
   * the share of the title the message covers and the share of the message's
   * title words the title holds: "directeur adjoint expérience client" names
   * "Directeur(trice) adjoint(e) expérience client", not the shorter
   * "Directeur (trice)". `accept` filters offers by their position in the catalog.
   */
  search(
    text: string,
    accept: (index: number) => boolean = () => true,
    limit = Number.POSITIVE_INFINITY,
  ): Array<{ entry: CatalogEntry; score: number }> {
    const { scored } = this.read(text);
    const results: Array<{ entry: CatalogEntry; score: number }> = [];
    for (const { group, score } of scored) {
      for (const index of group.members) {
        if (results.length >= limit) return results;
        if (accept(index)) results.push({ entry: this.entries[index]!, score });
      }
    }
    return results;
  }

  /**
   * Offers whose title holds any of these normalised words (by stem): the offers a kind of job
   * stands for ("acheteur", "ressources humaines"). Best first: the titles holding the most of
   * them (IDF-weighted), then by title group in catalog order.
   */
  holding(
    words: readonly string[],
    accept: (index: number) => boolean = () => true,
    limit = Number.POSITIVE_INFINITY,
  ): CatalogEntry[] {
    const stems = new Set(words.map(stem).filter((s) => this.postings.has(s)));
    const weightOf = (group: TitleGroup) =>
      group.stems.reduce((sum, s) => sum + (stems.has(s) ? this.weights.get(s)! : 0), 0);
    const groups = [...new Set([...stems].flatMap((s) => this.postings.get(s)!))]
      .map((g) => this.groups[g]!)
      .map((group) => ({ group, weight: weightOf(group) }))
      .sort((a, b) => b.weight - a.weight || a.group.members[0]! - b.group.members[0]!);
    const held: CatalogEntry[] = [];
    for (const { group } of groups)
      for (const index of group.members) {
        if (held.length >= limit) return held;
        if (accept(index)) held.push(this.entries[index]!);
      }
    return held;
  }

  /** True when the message names the title of at least one offer `accept` keeps (stops at the first). */
  names(text: string, accept: (index: number) => boolean = () => true): boolean {
    return this.read(text).scored.some(({ group }) => group.members.some(accept));
  }
}
