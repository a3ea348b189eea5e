import table from '../../text/lexicon/dates.fr.json' with { type: 'json' };
import { normalize } from '../../text/normalize.ts';
import { MONTHS, WEEKDAYS, alternation } from './lexicon.ts';

/** Longest text handed to the recognizer: it slows down badly on long inputs. */
export const RECOGNIZER_MAX_CHARS = 150;

/** Digit groups that are never dates: offer references, `bac+2`, `2e classe`, `10 ans`, `35h`. */
const NOT_DATES =
  /(?<![\d/.])(?:\d{4}\s*-\s*)?\b\d{2}\s*[-/]\s*\d{3,4}(?:\s*\/\s*[a-z]{2})?\b|bac\s*\+\s*\d+|\b\d+\s*(?:e|eme|ieme|nd|nde)\b|\b\d+\s*(?:ans?|h|heures?|ml|kg|km|m|%|€|euros?|xpf|f)(?![\p{L}\p{N}])|\b\d+\s*(?:postes?|offres?|personnes?|agents?)\b/gu;

const DATE_WORDS = alternation([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.values(table.words)
    .flat()
    .filter((w) => w.length >= 4),
  ...table.prefilterWords,
]);
const DATE_ISH = new RegExp(`\\d|(?<![\\p{L}])${DATE_WORDS}(?![\\p{L}])`, 'u');

/** The text a recognizer should see: normalised, non-date numbers blanked out. */
function maskedText(text: string): string {
  return normalize(text.slice(0, 2000)).replace(NOT_DATES, (found) => ' '.repeat(found.length));
}

/**
 * Cheap test run before the recognizer: does the question hold a date-ish word or a digit
 * that is not an offer reference, `bac+2`, `2e classe`, `10 ans`...? Most questions do not.
 */
export function mayHoldDate(text: string): boolean {
  return DATE_ISH.test(maskedText(text));
}

/**
 * The part of the question handed to a recognizer: at most `RECOGNIZER_MAX_CHARS` characters,
 * starting a little before the first date-ish word (or at the start), non-date numbers blanked.
 */
export function recognizerWindow(text: string): string {
  const masked = maskedText(text);
  const hit = DATE_ISH.exec(masked)?.index ?? 0;
  const from = Math.max(0, Math.min(hit - 60, masked.length - RECOGNIZER_MAX_CHARS));
  return masked
    .slice(from, from + RECOGNIZER_MAX_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
}
