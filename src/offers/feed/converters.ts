import type { Residence } from '../offer.ts';
import { findFrenchDate } from '../parse/frenchDate.ts';
import { communesOfPlace } from '../parse/facets/communesOfPlace.ts';
import { parseResidence } from '../parse/residenceParser.ts';
import { normalizeReference } from '../reference.ts';
import { isHttpUrl } from '../fields/schemas.ts';
import { readFeedDay } from './dates.ts';
import { cellText, splitList } from './text.ts';

/** Lets a converter note what it found doubtful (it ends up in `offer.warnings`). */
export interface ConvertContext {
  warn(message: string): void;
}

/** Turns the cells of a rule's columns (in the rule's order, undefined when absent) into a field value. */
export type Converter<T> = (cells: readonly (string | undefined)[], context: ConvertContext) => T;

/**
 * `date_a_pourvoir_libelle` codes and how an offer writes them. `A_DATE` means
 * "at the date of `date_a_pourvoir`". Unknown codes are made readable (`EN_ATTENTE` → `En attente`).
 */
export const START_DATE_LABELS: Readonly<Record<string, string | null>> = {
  IMMEDIATEMENT: 'Immédiatement',
  SUSCEPTIBLE_VACANT: "Susceptible d'être vacant",
  A_DATE: null,
};

/** The first cell as one line of text. */
export const text: Converter<string | null> = ([cell]) => cellText(cell);

/** The first cell as a normalised reference (`26-0674` → `3134-26-0674/SR`). */
export const reference: Converter<string | null> = ([cell]) => {
  const value = cellText(cell);
  return value === null ? null : normalizeReference(value);
};

/** Every non-empty cell, joined with " ou " (`cadre d'exploitation ou contrôleur`). */
export const alternatives: Converter<string | null> = (cells) => {
  const values = cells.map(cellText).filter((v): v is string => v !== null);
  return values.length > 0 ? values.join(' ou ') : null;
};

/**
 * Longest residence cell read as a duration (`au moins égale à 10 ans`: 25 characters). The
 * document parser's `parseResidence` backtracks on long digit runs (2.5 s for 32,000 `1`), so
 * a longer cell is reported, not parsed.
 */
const MAX_RESIDENCE_CHARS = 300;

function residenceOf(
  cell: string | undefined,
  context: ConvertContext,
): Residence | null | undefined {
  const value = cellText(cell);
  if (value === null) return undefined;
  if (value.length <= MAX_RESIDENCE_CHARS) return parseResidence(value);
  context.warn(`Flux open data : durée de résidence illisible (${value.length} caractères).`);
  return undefined;
}

/** A residence duration (`10 ans` → `{ text: '10 ans', years: 10 }`; `/` → null). */
export const residence: Converter<Residence | null> = ([cell], context) =>
  residenceOf(cell, context) ?? null;

/** Whether the cell states a duration (true), says "/" or none (false); null when empty or unreadable. */
export const residenceRequired: Converter<boolean | null> = ([cell], context) => {
  const read = residenceOf(cell, context);
  return read === undefined ? null : read !== null;
};

function day(kind: 'portalShifted' | 'local'): Converter<string | null> {
  return ([cell], context) => {
    const read = readFeedDay(cell ?? '', kind);
    if (read.day === null && read.doubt !== null) context.warn(`Flux open data : ${read.doubt}.`);
    return read.day;
  };
}

/** A day of date_cloture / date_mis_en_ligne: one day early in the portal, corrected (see dates.ts). */
export const portalDay = day('portalShifted');

/**
 * Warns of what is doubtful in `[date_a_pourvoir, date_a_pourvoir_libelle]` (a day that cannot be
 * read, an `A_DATE` code without a day); the value is read by the start date facet
 * (`startDateFromFeed`).
 */
export const warnStartDate: Converter<void> = ([dateCell, codeCell], context) => {
  const code = (cellText(codeCell) ?? '').toUpperCase();
  const read = readFeedDay(dateCell ?? '', 'local');
  if (read.day === null && read.doubt !== null)
    context.warn(`Flux open data : ${read.doubt} (poste à pourvoir).`);
  if (code === 'A_DATE' && read.day === null)
    context.warn('Flux open data : poste à pourvoir « à date » sans date.');
};

/** Every cell split in items (lines, bullets), in column order. */
export const list: Converter<string[]> = (cells) => cells.flatMap((cell) => splitList(cell));

const PREVIOUS_DEADLINE = /initialement|pr[ée]vue|cl[ôo]ture/i;

/**
 * The previous deadline written in a republication note (`… initialement prévue le 18/07/2025`
 * → `2025-07-18`, as printed): the first date after "initialement", "prévue" or "clôture";
 * null for a note that does not speak of a former deadline.
 */
export const noteDay: Converter<string | null> = ([cell]) => {
  const value = cellText(cell);
  const keyword = value === null ? null : PREVIOUS_DEADLINE.exec(value);
  return value === null || keyword === null
    ? null
    : (findFrenchDate(value.slice(keyword.index))?.iso ?? null);
};

/** The communes of a `lieu_travail` cell, official names (`Koné / Pouembout` → `['Koné', 'Pouembout']`). */
export const communes: Converter<string[]> = ([cell]) => {
  const value = cellText(cell);
  return value === null ? [] : (communesOfPlace(value)?.communes ?? []);
};

/** The province of a `lieu_travail` cell's communes; null when none is known or they differ. */
export const province: Converter<string | null> = ([cell]) => {
  const value = cellText(cell);
  return value === null ? null : (communesOfPlace(value)?.province ?? null);
};

/** The first cell as an http(s) URL (`url_pdf`); anything else is null, with a warning. */
export const httpUrl: Converter<string | null> = ([cell], context) => {
  const value = cellText(cell);
  if (value === null) return null;
  if (isHttpUrl(value)) return value;
  context.warn(`Flux open data : adresse du document officiel refusée (pas une URL http(s)).`);
  return null;
};
