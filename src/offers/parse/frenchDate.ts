import { FRENCH_MONTHS, FRENCH_WEEKDAYS } from '../../text/frenchMonths.ts';
import { isIsoDay } from '../../time/noumea.ts';

/** A date found in French text. */
export interface FrenchDate {
  /** ISO day, e.g. `2025-06-06`. */
  iso: string;
  /** Weekday written before the date (0 = Sunday), null when none was written. */
  writtenWeekday: number | null;
  /** False when the written weekday is not the weekday of `iso` (a typo somewhere). */
  weekdayMatches: boolean;
  /** The matched text. */
  text: string;
}

const monthNames = Object.keys(FRENCH_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const weekdayNames = Object.keys(FRENCH_WEEKDAYS).join('|');
// Matched against a length-preserving fold (lower case, accents stripped). The ordinal and its
// blanks are one optional group: `\\s*(?:er|e)?\\s+` split a run of blanks in every possible
// way before failing (quadratic in the run).
const WRITTEN = new RegExp(
  `(?:\\b(${weekdayNames})\\s+)?\\b(\\d{1,2})(?:\\s*(?:er|e))?\\s+(${monthNames})\\.?\\s+(\\d{4})\\b`,
);
const NUMERIC = new RegExp(
  `(?:\\b(${weekdayNames})\\s+)?\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b`,
);

/** Lower case without accents, one output char per input char (indices stay valid). */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase().charAt(0);
    const folded = /[‘’ʼ´`]/.test(base) ? "'" : base;
    out += ch.length === 2 ? folded.padEnd(2, ' ') : folded;
  }
  return out;
}

function build(
  day: number,
  month: number,
  year: number,
  weekdayWord: string | undefined,
  text: string,
): FrenchDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDay(iso)) return null;
  const writtenWeekday = weekdayWord === undefined ? null : (FRENCH_WEEKDAYS[weekdayWord] ?? null);
  const actual = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return {
    iso,
    writtenWeekday,
    weekdayMatches: writtenWeekday === null || writtenWeekday === actual,
    text,
  };
}

/**
 * Finds the first French date in a text: `vendredi 06 juin 2025`, `1er janvier 2025`,
 * `1 er octobre 2026`, `27/12/2024`. Returns null when there is none (or it is not a real day).
 */
export function findFrenchDate(text: string): FrenchDate | null {
  const folded = foldSameLength(text);
  const written = WRITTEN.exec(folded);
  const numeric = NUMERIC.exec(folded);
  const first =
    written && numeric
      ? written.index <= numeric.index
        ? written
        : numeric
      : (written ?? numeric);
  if (!first) return null;
  const matched = text.slice(first.index, first.index + first[0].length);
  if (first === written) {
    const month = FRENCH_MONTHS[first[3] ?? ''];
    if (month === undefined) return null;
    return build(Number(first[2]), month, Number(first[4]), first[1], matched);
  }
  return build(Number(first[2]), Number(first[3]), Number(first[4]), first[1], matched);
}

/** The ISO day of the first French date in a text, or null. `Vendredi 8 août 2025` → `2025-08-08`. */
export function parseFrenchDate(text: string): string | null {
  return findFrenchDate(text)?.iso ?? null;
}
