import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { normalizeWords } from './normalize.ts';

/** Normalised words of a message (accents stripped, lower case, punctuation dropped). */
export function words(text: string): string[] {
  const normalized = normalizeWords(text);
  return normalized === '' ? [] : normalized.split(' ');
}

const STEM_CACHE_MAX = 200_000;
const stemCache = new Map<string, string>();

/**
 * French Porter stem of a normalised word ("relations" → "relat"), memoised: the vocabulary of
 * offers, intents and questions is small, stemming is not (it was a third of training and
 * indexing time at start-up). Past `STEM_CACHE_MAX` words, new ones are stemmed without being kept.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmerFr.stem(word);
    if (stemCache.size < STEM_CACHE_MAX) stemCache.set(word, s);
  }
  return s;
}

/**
 * Stems of every word, stop words kept: in questions, "quand", "où" and
 * "combien" carry the intent.
 */
export function stems(text: string): string[] {
  return words(text).map(stem);
}
