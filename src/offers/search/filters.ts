import type { CatalogEntry } from '../catalog.ts';
import type { PlaceMention } from '../../nlu/entities/places.ts';
import { tokenize } from './analyzer.ts';
import { dayNumber, type EntryDays } from './days.ts';

/** What a search may be restricted to; every filter given must hold. */
export interface OfferFilters {
  /** Communes or provinces: an offer whose place of work is in any of them. */
  places?: readonly PlaceMention[];
  /** Words of the employer's name (`province sud`, `opt`, `cafat`), accents and case ignored. */
  employer?: string;
  /** Words of the corps (`redacteur`, `technicien superieur`), accents and case ignored. */
  corps?: string;
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

const folded = new WeakMap<CatalogEntry, { employer: string; corps: string }>();

function foldedOf(entry: CatalogEntry): { employer: string; corps: string } {
  let known = folded.get(entry);
  if (known === undefined) {
    known = {
      employer: phrase(entry.offer.employer ?? ''),
      corps: phrase(entry.offer.corps.join(' ou ')),
    };
    folded.set(entry, known);
  }
  return known;
}

/** Normalised words framed by spaces, for whole-word phrase matching. */
function phrase(text: string): string {
  return ` ${tokenize(text).join(' ')} `;
}

function inPlace(entry: CatalogEntry, place: PlaceMention): boolean {
  if (place.kind === 'commune') return entry.commune?.name === place.commune.name;
  return entry.commune?.province === place.province;
}

/**
 * A predicate for the filters (built once per search), on an entry and its
 * position in the catalog: places by the commune the catalog derived from the
 * place of work, employer and corps as whole-word phrases of their normalised
 * text, days by the entries' day numbers (the `offerStatus` rule).
 */
export function filterPredicate(
  filters: OfferFilters,
  days: EntryDays,
): (entry: CatalogEntry, index: number) => boolean {
  const employerWords = filters.employer === undefined ? null : phrase(filters.employer);
  const employer =
    employerWords === null ? null : phrase(EMPLOYER_ALIASES[employerWords.trim()] ?? employerWords);
  const corps = filters.corps === undefined ? null : phrase(filters.corps);
  const publishedBy = filters.publishedBy === undefined ? null : dayNumber(filters.publishedBy);
  const openOn = filters.openOn === undefined ? null : dayNumber(filters.openOn);
  const { places } = filters;
  return (entry, index) => {
    if (publishedBy !== null && days.status(index, publishedBy) === 'upcoming') return false;
    if (openOn !== null && days.status(index, openOn) !== 'open') return false;
    if (places !== undefined && places.length > 0 && !places.some((p) => inPlace(entry, p)))
      return false;
    if (employer !== null && !foldedOf(entry).employer.includes(employer)) return false;
    if (corps !== null && !foldedOf(entry).corps.includes(corps)) return false;
    return true;
  };
}
