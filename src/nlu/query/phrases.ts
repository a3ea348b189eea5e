import { normalizeWords } from '../../text/normalize.ts';

/** Lexicon phrases normalised once and framed by spaces, for whole-word matching. */
export function phrases(forms: readonly string[]): string[] {
  return forms.map((form) => ` ${normalizeWords(form)} `);
}

/** The first of the phrases the words say, or null. */
export function firstSaid(words: readonly string[], framed: readonly string[]): string | null {
  const padded = ` ${words.join(' ')} `;
  return framed.find((phrase) => padded.includes(phrase))?.trim() ?? null;
}

/** True when the words say any of the phrases. */
export function saysAny(words: readonly string[], framed: readonly string[]): boolean {
  return firstSaid(words, framed) !== null;
}
