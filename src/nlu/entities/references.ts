import { normalizeReference } from '../../offers/reference.ts';

/** Reference-like tokens: `3134-25-0833/SR`, `3134-25-0833`, `25-0833`, `26-712`, `25/0833`. */
const REFERENCE_PATTERN = /\b(?:\d{4}\s*[-–]\s*)?\d{2}\s*[-–/]\s*\d{3,4}(?:\s*\/\s*[a-z]{2})?\b/gi;

/**
 * The offer references written in a message, normalised (`3134-25-0833/SR`),
 * in order of appearance, without repeats.
 */
export function findReferences(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REFERENCE_PATTERN)) {
    const reference = normalizeReference(match[0].replace(/\s+/g, '').replace('–', '-'));
    if (reference !== null && !found.includes(reference)) found.push(reference);
  }
  return found;
}
