/**
 * The one French normalisation used by the index and the understanding alike:
 * Unicode NFD, combining marks stripped, lower case, typographic quotes and
 * dashes folded, ligatures expanded, white space collapsed.
 *
 * @example
 * normalize("  Où est l’offre de NOUMÉA ? ") // "ou est l'offre de noumea ?"
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[‘’ʼ´`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised words only: punctuation becomes a space (apostrophes split words: "l'offre" → "l offre"). */
export function normalizeWords(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
