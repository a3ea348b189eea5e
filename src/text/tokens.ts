import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { normalizeWords } from './normalize.ts';

/** Normalised words of a message (accents stripped, lower case, punctuation dropped). */
export function words(text: string): string[] {
  const normalized = normalizeWords(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** French Porter stem of a normalised word ("relations" → "relat"). */
export function stem(word: string): string {
  return PorterStemmerFr.stem(word);
}

/**
 * Stems of every word, stop words kept: in questions, "quand", "où" and
 * "combien" carry the intent.
 */
export function stems(text: string): string[] {
  return words(text).map(stem);
}
