import { BoundedMemo, type MemoStats, stringBytes } from './boundedMemo.ts';

/**
 * The one French normalisation used by the index and the understanding alike:
 * Unicode NFD, combining marks stripped, lower case, typographic quotes and
 * dashes folded, ligatures expanded, white space collapsed.
 *
 * @example
 * normalize("  Où est l’offre de NOUMÉA ? ") // "ou est l'offre de noumea ?"
 */
export function normalize(text: string): string {
  return recent.get(text, fold);
}

/**
 * The last messages normalised: a turn normalises the same message in several places (dates,
 * listing words, title words), and a few hundred turns are under way at most. Texts over 2,000
 * characters (four times the channels' cap) are folded each time; 1 MB holds 256 entries of
 * 500 characters with room to spare.
 */
const recent = new BoundedMemo<string>({
  maxEntries: 256,
  maxBytes: 1024 * 1024,
  maxKeyLength: 2_000,
  valueBytes: stringBytes,
});

/** The memo of recent messages: size and bounds (read-only). */
export function normalizeMemoStats(): MemoStats {
  return recent.stats();
}

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
