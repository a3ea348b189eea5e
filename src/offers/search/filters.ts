import type { CatalogEntry } from '../catalog.ts';
import type { PlaceMention } from '../../nlu/entities/places.ts';
import type { AcronymTable } from '../parse/facets/acronyms.ts';
import { locationHoldsQuarter } from '../../text/places.ts';
import { tokenize } from './analyzer.ts';
import { directionOfQuery } from './catalogAcronyms.ts';
import { dayNumber, type DayField, type EntryDays } from './days.ts';

/** What a search may be restricted to; every filter given must hold. */
export interface OfferFilters {
  /** Communes or provinces: an offer whose place of work is in any of them. */
  places?: readonly PlaceMention[];
  /** Several place conditions that must all hold, each one as `places` (the API's place, commune and province). */
  placeGroups?: ReadonlyArray<readonly PlaceMention[]>;
  /** Words of the employer's name (`province sud`, `opt`, `cafat`), accents and case ignored. */
  employer?: string;
  /** Words of one of the corps alternatives (`redacteur`, `technicien superieur`), accents and case ignored. */
  corps?: string;
  /**
   * The direction: an acronym or short form the catalog's acronym table knows (`DT`,
   * `télécom`), else words of the direction's canonical name (`telecommunications`).
   */
  direction?: string;
  /** Communes or provinces excluded: an offer in any of them is left out ("pas à Nouméa"). */
  notInPlaces?: readonly PlaceMention[];
  /** Directions or services by canonical name: in one of those asked (`in`), in none of those excluded (`notIn`). */
  units?: ReadonlyArray<{ kind: 'direction' | 'service'; name: string; polarity: 'in' | 'notIn' }>;
  /** Corps phrases (`controleur`, `cadre technique`): an offer with an alternative holding any of them, plural or not. */
  corpsAny?: readonly string[];
  /** None of these corps (phrases, as `corpsAny`): "pas pour les cadres d'exploitation". */
  corpsNone?: readonly string[];
  /** Normalised title words or phrases (a kind of job): an offer whose title holds any of them, plural or not. */
  titleWords?: readonly string[];
  /** Only these offers, by reference (the offers a listing names by title). */
  references?: ReadonlySet<string>;
  /** A window on the publication or the deadline day (ISO, both ends included, null: open). */
  window?: { field: DayField; start: string | null; end: string | null };
  /** Closed on that Nouméa day (ISO): its deadline has passed. */
  closedOn?: string;
  /** Open on that Nouméa day (ISO). */
  openOn?: string;
  /** Published on or before that Nouméa day (ISO): offers not yet published are left out. */
  publishedBy?: string;
}

/** Employers' usual acronyms, as the words of their full names. */
const EMPLOYER_ALIASES: Readonly<Record<string, string>> = {
  opt: 'office des postes',
  'opt nc': 'office des postes',
  cht: 'centre hospitalier territorial',
  chs: 'centre hospitalier specialise',
  chn: 'centre hospitalier du nord',
  gnc: 'gouvernement de la nouvelle caledonie',
  psud: 'province sud',
  pnord: 'province nord',
  pil: 'province des iles',
};

interface FoldedEntry {
  employer: string;
  /** The title's words without plural marks, framed by spaces. */
  title: string;
  /** Each corps alternative's words without plural marks, framed by spaces. */
  corpsSingular: string[];
  /** Each corps alternative on its own: a phrase never spans two of them. */
  corps: string[];
  direction: string;
}

const folded = new WeakMap<CatalogEntry, FoldedEntry>();

function foldedOf(entry: CatalogEntry): FoldedEntry {
  let known = folded.get(entry);
  if (known === undefined) {
    known = {
      employer: phrase(entry.offer.employer ?? ''),
      title: singularPhrase(entry.offer.title),
      corpsSingular: entry.offer.corps.map(singularPhrase),
      corps: entry.offer.corps.map(phrase),
      direction: phrase(entry.offer.direction ?? ''),
    };
    folded.set(entry, known);
  }
  return known;
}

/** Normalised words framed by spaces, for whole-word phrase matching. */
function phrase(text: string): string {
  return ` ${tokenize(text).join(' ')} `;
}

/** Normalised words without plural marks, framed by spaces ("cadres techniques" → " cadre technique "). */
function singularPhrase(text: string): string {
  const words = tokenize(text).map((w) =>
    w.length > 3 && (w.endsWith('s') || w.endsWith('x')) ? w.slice(0, -1) : w,
  );
  return ` ${words.join(' ')} `;
}

/**
 * True when any of the entry's communes is the one asked (and, for a quarter, its place of work
 * names the quarter: an offer merely in Nouméa is not at Ducos), or its province (any commune's) is.
 */
function inPlace(entry: CatalogEntry, place: PlaceMention): boolean {
  if (place.kind === 'commune')
    return (
      entry.communes.some((c) => c.name === place.commune.name) &&
      (place.quarter === undefined || locationHoldsQuarter(entry.offer.location, place.quarter))
    );
  return (
    entry.province === place.province || entry.communes.some((c) => c.province === place.province)
  );
}

/** How an entry's direction is tested: its canonical name, or words of it. */
function directionTest(
  asked: string | undefined,
  acronyms: AcronymTable | undefined,
): ((entry: CatalogEntry) => boolean) | null {
  if (asked === undefined) return null;
  const named = acronyms === undefined ? null : directionOfQuery(acronyms, asked);
  if (named !== null) return (entry) => entry.offer.direction === named;
  const words = phrase(asked);
  return (entry) => words.trim() !== '' && foldedOf(entry).direction.includes(words);
}

/**
 * A predicate for the filters (built once per search), on an entry and its
 * position in the catalog: places by every commune of the entry (and its province),
 * employer and each corps alternative as whole-word phrases of their normalised
 * text, the direction through the acronym table or as words of its name, days by the
 * entries' day numbers (the `offerStatus` rule).
 *
 * @param acronyms the catalog's acronym table (`direction` as an acronym or short form).
 */
export function filterPredicate(
  filters: OfferFilters,
  days: EntryDays,
  acronyms?: AcronymTable,
): (entry: CatalogEntry, index: number) => boolean {
  const employerWords = filters.employer === undefined ? null : phrase(filters.employer);
  const employer =
    employerWords === null ? null : phrase(EMPLOYER_ALIASES[employerWords.trim()] ?? employerWords);
  const corps = filters.corps === undefined ? null : phrase(filters.corps);
  const publishedBy = filters.publishedBy === undefined ? null : dayNumber(filters.publishedBy);
  const openOn = filters.openOn === undefined ? null : dayNumber(filters.openOn);
  const direction = directionTest(filters.direction, acronyms);
  const groups = [...(filters.placeGroups ?? [])];
  if (filters.places !== undefined) groups.push(filters.places);
  const placeGroups = groups.filter((group) => group.length > 0);
  const notIn = filters.notInPlaces ?? [];
  const references = filters.references;
  const closedOn = filters.closedOn === undefined ? null : dayNumber(filters.closedOn);
  const window =
    filters.window === undefined
      ? null
      : {
          field: filters.window.field,
          start: filters.window.start === null ? null : dayNumber(filters.window.start),
          end: filters.window.end === null ? null : dayNumber(filters.window.end),
        };
  const unitsIn = (filters.units ?? []).filter((u) => u.polarity === 'in');
  const unitsOut = (filters.units ?? []).filter((u) => u.polarity === 'notIn');
  const inUnit = (entry: CatalogEntry, unit: { kind: 'direction' | 'service'; name: string }) =>
    (unit.kind === 'direction' ? entry.offer.direction : entry.offer.service)?.toLowerCase() ===
    unit.name.toLowerCase();
  const corpsAny = (filters.corpsAny ?? []).map(singularPhrase);
  const corpsNone = (filters.corpsNone ?? []).map(singularPhrase);
  const titleWords = (filters.titleWords ?? []).map(singularPhrase).filter((w) => w.trim() !== '');
  return (entry, index) => {
    if (publishedBy !== null && days.status(index, publishedBy) === 'upcoming') return false;
    if (openOn !== null && days.status(index, openOn) !== 'open') return false;
    if (!placeGroups.every((group) => group.some((p) => inPlace(entry, p)))) return false;
    if (employer !== null && !foldedOf(entry).employer.includes(employer)) return false;
    if (corps !== null && !foldedOf(entry).corps.some((c) => c.includes(corps))) return false;
    if (direction !== null && !direction(entry)) return false;
    if (notIn.some((p) => inPlace(entry, p))) return false;
    if (unitsIn.length > 0 && !unitsIn.some((u) => inUnit(entry, u))) return false;
    if (unitsOut.some((u) => inUnit(entry, u))) return false;
    const folded =
      corpsAny.length > 0 || corpsNone.length > 0 || titleWords.length > 0 ? foldedOf(entry) : null;
    if (
      corpsNone.length > 0 &&
      folded!.corpsSingular.some((c) => corpsNone.some((p) => c.includes(p)))
    )
      return false;
    if (
      corpsAny.length > 0 &&
      !folded!.corpsSingular.some((c) => corpsAny.some((p) => c.includes(p)))
    )
      return false;
    if (titleWords.length > 0 && !titleWords.some((w) => folded!.title.includes(w))) return false;
    if (references !== undefined && !references.has(entry.offer.reference)) return false;
    if (closedOn !== null && days.status(index, closedOn) !== 'closed') return false;
    if (window !== null) {
      const day = days.dayOf(index, window.field);
      if (day === null) return false;
      if (
        (window.start !== null && day < window.start) ||
        (window.end !== null && day > window.end)
      )
        return false;
    }
    return true;
  };
}
