import { normalize } from '../../text/normalize.ts';

/** Characters dropped from the end of a folded text. */
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?', '…']);

/** Double quotation marks, dropped: `"`, `«`, `»`, `“`, `”`, `„`. */
const DOUBLE_QUOTES = /["«»“”„]/g;

/**
 * A text folded for comparison with the ground truth: case, accents, typographic apostrophes and
 * dashes folded (`normalize`), markdown bold `**` and double quotation marks dropped, white space
 * collapsed (also around apostrophes) and trailing punctuation removed.
 *
 * @example
 * foldText('Chef de section « **Énergie** ».') // "chef de section energie"
 */
export function foldText(text: string): string {
  const folded = normalize(text.replaceAll('**', '').replace(DOUBLE_QUOTES, ' '))
    .replaceAll(" '", "'")
    .replaceAll("' ", "'");
  let end = folded.length;
  while (end > 0 && TRAILING.has(folded.charAt(end - 1))) end--;
  return folded.slice(0, end).trim();
}
