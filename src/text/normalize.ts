/**
 * The one French normalisation used by the index and the understanding alike:
 * Unicode NFD, combining marks stripped, lower case, typographic quotes and
 * dashes folded, ligatures expanded, white space collapsed.
 *
 * @example
 * normalize("  Où est l’offre de NOUMÉA ? ") // "ou est l'offre de noumea ?"
 */
export function normalize(text: string): string {
  // A turn normalises the same message in several places (dates, listing words, title words).
  const known = recent.get(text);
  if (known !== undefined) return known;
  const normalized = fold(text);
  if (recent.size >= RECENT_MAX) recent.clear();
  if (text.length <= RECENT_MAX_LENGTH) recent.set(text, normalized);
  return normalized;
}

const RECENT_MAX = 256;
const RECENT_MAX_LENGTH = 2_000;
const recent = new Map<string, string>();

function fold(text: string): string {
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
