import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { BoundedMemo, MAX_WORD_LENGTH, type MemoStats, stringBytes } from './boundedMemo.ts';
import { normalizeWords } from './normalize.ts';

/** Normalised words of a message (accents stripped, lower case, punctuation dropped). */
export function words(text: string): string[] {
  const normalized = normalizeWords(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Stems already computed: the vocabulary of offers, intents and questions is small, stemming is
 * not (it was a third of training and indexing time at start-up). 50,000 words hold a large
 * catalog's vocabulary; 6 MB is reached first only by words near the length bound.
 */
const stemMemo = new BoundedMemo<string>({
  maxEntries: 50_000,
  maxBytes: 6 * 1024 * 1024,
  maxKeyLength: MAX_WORD_LENGTH,
  valueBytes: stringBytes,
});

/**
 * French Porter stem of a normalised word ("relations" → "relat"), memoised. A word longer than
 * {@link MAX_WORD_LENGTH} is no French word: it is returned as written (so it matches only
 * itself) and not kept.
 */
export function stem(word: string): string {
  if (word.length > MAX_WORD_LENGTH) return word;
  return stemMemo.get(word, PorterStemmerFr.stem);
}

/** The stem memo's size and bounds (read-only). */
export function stemMemoStats(): MemoStats {
  return stemMemo.stats();
}

/**
 * Stems of every word, stop words kept: in questions, "quand", "où" and
 * "combien" carry the intent.
 */
export function stems(text: string): string[] {
  return words(text).map(stem);
}
