import { START_DATE_LABELS } from '../../feed/converters.ts';
import { frenchDayText, readFeedDay } from '../../feed/dates.ts';
import { cellText } from '../../feed/text.ts';
import type { Sourced } from './sourced.ts';
import { leadingCount } from './positions.ts';
import { findFrenchDate } from '../frenchDate.ts';
import type { ParseContext } from '../types.ts';

/** When the post is to be filled ("Poste à pourvoir"). */
export interface StartDate {
  /** The wording as printed: "dès que possible", "susceptible d'être vacant à compter du 1 er octobre 2026". */
  text: string;
  /** The ISO day when the wording names one exact day, else null ("Immédiatement"). */
  iso: string | null;
}

/** Trims the separators a label leaves around its value; null when no letter or digit is left. */
function meaningful(value: string): string | null {
  const trimmed = value
    .replace(/^[\s:;,.]+|[\s:;,]+$/g, '')
    .replace(/\.$/, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}

/**
 * The one exact day a wording names, or null: "à/c du 19 octobre 2026", "le 01/09/2026",
 * "1 er octobre 2026" give their day; "du 1er au 15 octobre 2026" (another number
 * outside the date) and wordings without a full date give null.
 */
export function exactDay(text: string): string | null {
  const date = findFrenchDate(text);
  if (date === null) return null;
  const at = text.indexOf(date.text);
  const rest = text.slice(0, at) + text.slice(at + date.text.length);
  return /\d/.test(rest) ? null : date.iso;
}

/**
 * A "Poste à pourvoir" wording as the facet value; a count it opens with ("2 postes, au
 * 1er mars 2026") is left to the positions facet. Null for "/" or a bare count.
 */
export function startDateFromText(text: string): StartDate | null {
  const counted = leadingCount(text); // "2 postes, au 1er mars 2026": the count is positions
  const value = meaningful(counted === null ? text : counted.rest);
  return value === null ? null : { text: value, iso: exactDay(value) };
}

/**
 * The "Poste à pourvoir" wording, continued on the next line when the PDF cut it
 * ("dans le cadre de" / "la réorganisation"), with its ISO day when it names one.
 * Null when the label is absent or its value is "/".
 */
export function startDateFacet(context: ParseContext): Sourced<StartDate> | null {
  const field = context.fields.get('startDate');
  if (!field) return null;
  const value = startDateFromText(field.value);
  if (value === null) return null;
  return { value, quote: field.full };
}

/**
 * The start of the post from the open-data feed's `date_a_pourvoir` (a day) and
 * `date_a_pourvoir_libelle` (`IMMEDIATEMENT`, `SUSCEPTIBLE_VACANT`, `A_DATE`...):
 * `A_DATE` + `2026-10-01 00:00:00+11:00` → `{ text: '1er octobre 2026', iso: '2026-10-01' }`.
 */
export function startDateFromFeed(
  dateCell: string | null | undefined,
  codeCell: string | null | undefined,
): Sourced<StartDate> | null {
  const code = (cellText(codeCell ?? undefined) ?? '').toUpperCase();
  const read = readFeedDay(dateCell ?? '', 'local');
  const day = read.day;
  const label =
    code === ''
      ? null
      : code in START_DATE_LABELS
        ? (START_DATE_LABELS[code] ?? null)
        : code.charAt(0) + code.slice(1).toLowerCase().replace(/_+/g, ' ');
  const dayText = day === null ? null : frenchDayText(day);
  const text =
    label !== null && dayText !== null ? `${label} à compter du ${dayText}` : (label ?? dayText);
  if (text === null) return null;
  const quote = [dateCell, codeCell].filter((c) => c != null && c.trim() !== '').join(' ; ');
  return { value: { text, iso: day }, quote };
}
