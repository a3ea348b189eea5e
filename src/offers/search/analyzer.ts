import { normalizeWords } from '../../text/normalize.ts';
import {
  BoundedMemo,
  MAX_WORD_LENGTH,
  type MemoStats,
  stringBytes,
} from '../../text/boundedMemo.ts';
import { stem } from '../../text/tokens.ts';

/** French function words: never worth indexing nor searching. */
const FUNCTION_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du d en et ou la le les l un une pour par sur sous chez vers ' +
    'je j tu il elle on nous vous ils elles me m te t se s y c qu n ne pas plus que qui quoi dont est sont ' +
    'mon ma mes ton ta tes son sa ses notre votre leur leurs ainsi afin'
  ).split(' '),
);

/** Words saying "a job offer" in a query: dropped when the query has other words. */
const QUERY_NOISE = new Set(
  'poste postes offre offres emploi emplois job jobs boulot avis vacance annonce annonces recrutement cherche recherche'.split(
    ' ',
  ),
);

/**
 * Raw words (as cut from a text, before folding) already normalised: indexing meets the same
 * words millions of times. Bounded like the stems, keys included (a word written with separate
 * combining accents, rare, counts them and may be folded each time).
 */
const rawWords = new BoundedMemo<readonly string[]>({
  maxEntries: 50_000,
  maxBytes: 6 * 1024 * 1024,
  maxKeyLength: MAX_WORD_LENGTH,
  valueBytes: (words) => words.reduce((sum, w) => sum + 8 + stringBytes(w), 16),
});
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a word character, 2 not one (64 KB, fixed). */
const nonAsciiWordChar = new Uint8Array(0x10000);

/** True for a letter, digit or combining mark (ASCII tested inline, others memoised). */
function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = nonAsciiWordChar[code] ?? 0;
  if (known === 0) {
    const isWord = WORD_CHAR.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    nonAsciiWordChar[code] = known = isWord ? 1 : 2;
  }
  return known === 1;
}

function normalizeRaw(raw: string): readonly string[] {
  const folded = normalizeWords(raw);
  return folded === '' ? [] : folded.split(' ');
}

function pushNormalized(raw: string, out: string[]): void {
  for (const word of rawWords.get(raw, normalizeRaw)) out.push(word);
}

/** The memo of raw words: size and bounds (read-only). */
export function tokenMemoStats(): MemoStats {
  return rawWords.stats();
}

/**
 * Splits a text in normalised words (accents stripped, lower case, punctuation
 * dropped), as `normalizeWords(text).split(' ')` does, but several times faster
 * on long texts: raw words are cut first, then each distinct one is normalised once.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      pushNormalized(text.slice(start, i), out);
      start = -1;
    }
  }
  return out;
}

/** A normalised word as the index keeps it: its stem, or null for a function word. */
export function processTerm(word: string): string | null {
  if (word.length < 2 || FUNCTION_WORDS.has(word)) return null;
  return stem(word);
}

/**
 * The words of a query worth searching: normalised, function words dropped,
 * and "poste", "offre"... dropped too unless nothing else is left.
 */
export function queryWords(text: string): string[] {
  const words = tokenize(text).filter((w) => w.length >= 2 && !FUNCTION_WORDS.has(w));
  const meaningful = words.filter((w) => !QUERY_NOISE.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** Edits tolerated on a searched word: none under 5 letters, 1 up to 8, else 2. */
export function fuzziness(word: string): number | false {
  if (word.length < 5) return false;
  return word.length < 9 ? 1 : 2;
}
