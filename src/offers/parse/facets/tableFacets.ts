import { type ConvertContext, warnStartDate } from '../../feed/converters.ts';
import { registerFacets } from '../../fields/facetReaders.ts';
import type { ParseContext } from '../types.ts';
import { LEXICON_ACRONYMS } from './acronyms.ts';
import { applicationFacet, applicationFromFeed } from './application.ts';
import { contactFacet, contactFromFeed } from './contact.ts';
import { corpsAlternatives, readCorps } from './corps.ts';
import { type Direction, directionOf, readDirection } from './direction.ts';
import { drivingLicenceFacet, drivingLicenceFromText } from './drivingLicence.ts';
import { housingFacet, housingFromText } from './housing.ts';
import { positionsFacet, positionsFromFeed } from './positions.ts';
import type { CommunesFacet } from './communesOfPlace.ts';
import { readCommunes } from './readCommunes.ts';
import { readService, serviceOf } from './service.ts';
import type { Sourced } from './sourced.ts';
import { startDateFacet, startDateFromFeed } from './startDate.ts';
import { readSupervisor } from './supervisor.ts';
import { readTeam, type Team } from './team.ts';
import { travelFacet, travelFromText } from './travel.ts';

/** One reading per prepared document of the facets that give two fields (communes and province...). */
function oncePerContext<T>(read: (context: ParseContext) => T): (context: ParseContext) => T {
  const seen = new WeakMap<ParseContext, { value: T }>();
  return (context) => {
    const known = seen.get(context);
    if (known) return known.value;
    const value = read(context);
    seen.set(context, { value });
    return value;
  };
}

const communes = oncePerContext(readCommunes);
/** The document's direction, read with the lexicon's acronyms (parse results never depend on other documents). */
const direction = oncePerContext((context) => readDirection(context, LEXICON_ACRONYMS));

/** A part of a sourced value, with the same quote; null when the part is null. */
function part<T, V>(read: Sourced<T> | null, pick: (value: T) => V | null): Sourced<V> | null {
  if (read === null) return null;
  const value = pick(read.value);
  return value === null ? null : { value, quote: read.quote };
}

/**
 * The facet readers of the table of offer fields, by field: each gives the field's value and the
 * document's words it came from, or null when the document does not state it.
 */
export const TABLE_FACETS = {
  communes: (context: ParseContext): Sourced<string[]> | null =>
    part(communes(context), (f: CommunesFacet) => (f.communes.length ? f.communes : null)),
  province: (context: ParseContext): Sourced<string> | null =>
    part(communes(context), (f: CommunesFacet) => f.province),
  direction: (context: ParseContext): Sourced<string> | null =>
    part(direction(context), (d: Direction) => d.name),
  /** Only an acronym the document prints (title prefix, parentheses): never the table's alone. */
  directionAcronym: (context: ParseContext): Sourced<string> | null =>
    part(direction(context), (d: Direction) => (d.acronymFrom === 'document' ? d.acronym : null)),
  service: readService,
  corps: (context: ParseContext): Sourced<string[]> | null =>
    part(readCorps(context), (c) => (c.length ? c : null)),
  supervisor: readSupervisor,
  team: (context: ParseContext): Sourced<Team> | null => readTeam(context),
  startDate: startDateFacet,
  positions: positionsFacet,
  drivingLicence: drivingLicenceFacet,
  travel: travelFacet,
  housing: housingFacet,
  contact: contactFacet,
  application: applicationFacet,
};

/** The facet readers by field key. */
export type TableFacets = typeof TABLE_FACETS;

/** A non-empty cell's text, or null. */
function cell(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** The direction of `[direction_libelle, direction_acronyme, libelle_poste]` (the title's "DT - " prefix). */
function feedDirection(cells: readonly (string | undefined)[]): Direction | null {
  const [name, acronym, title] = cells.map(cell);
  return directionOf(name ?? null, title ?? null, LEXICON_ACRONYMS, acronym ?? null)?.value ?? null;
}

/**
 * The facet readers of open-data feed cells, by field (the cells of the field's columns, in the
 * table's order): the same normalisation as the document's facets.
 */
export const FEED_FACETS = {
  direction: (cells: readonly (string | undefined)[], _context: ConvertContext): string | null =>
    feedDirection(cells)?.name ?? null,
  directionAcronym: (
    cells: readonly (string | undefined)[],
    _context: ConvertContext,
  ): string | null => {
    const found = feedDirection(cells);
    return found?.acronymFrom === 'document' ? found.acronym : null;
  },
  service: ([value]: readonly (string | undefined)[], _context: ConvertContext): string | null =>
    serviceOf(cell(value))?.value ?? null,
  corps: (cells: readonly (string | undefined)[], _context: ConvertContext): string[] => [
    ...new Set(cells.flatMap((value) => corpsAlternatives(cell(value)))),
  ],
  /** `[date_a_pourvoir, date_a_pourvoir_libelle]`: the wording and its day; doubts are warned. */
  startDate: (cells: readonly (string | undefined)[], context: ConvertContext) => {
    warnStartDate(cells, context);
    return startDateFromFeed(cells[0], cells[1])?.value ?? null;
  },
  /** `[nb_postes_a_pourvoir]`: a whole number; `0` is the portal's "not given". */
  positions: ([value]: readonly (string | undefined)[], _context: ConvertContext) =>
    positionsFromFeed(value)?.value ?? null,
  /** `[conditions_particulieres]`, read as a document's line. */
  drivingLicence: ([value]: readonly (string | undefined)[], _context: ConvertContext) =>
    drivingLicenceFromText(value)?.value ?? null,
  travel: ([value]: readonly (string | undefined)[], _context: ConvertContext) =>
    travelFromText(value)?.value ?? null,
  housing: ([value]: readonly (string | undefined)[], _context: ConvertContext) =>
    housingFromText(value)?.value ?? null,
  /** `[contact, contact_telephone, contact_email]`. */
  contact: ([name, phone, email]: readonly (string | undefined)[], _context: ConvertContext) =>
    contactFromFeed(name, phone, email)?.value ?? null,
  /** `[collectivite_adresse_depot, collectivite_email]` (the feed lists no documents). */
  application: ([address, email]: readonly (string | undefined)[], _context: ConvertContext) =>
    applicationFromFeed(address, email)?.value ?? null,
};

/** The feed readers by field key. */
export type FeedFacets = typeof FEED_FACETS;

registerFacets(TABLE_FACETS, FEED_FACETS);
