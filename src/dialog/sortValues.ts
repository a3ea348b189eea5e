import type { SortKey } from '../nlu/query/query.ts';
import type { Offer } from '../offers/offer.ts';

/** A facet's value for ordering: a day (YYYY-MM-DD, ordered as text) or a count. */
export type SortValue = string | number;

/** Years of residence an offer requires: 0 when it says "/", null when silent or not a number. */
export function requiredResidenceYears(offer: Offer): number | null {
  if (offer.residence !== null) return offer.residence.years;
  return offer.residenceRequired === false ? 0 : null;
}

function teamTotal(offer: Offer): number | null {
  const { team } = offer;
  if (team === null || (team.direct === null && team.indirect === null)) return null;
  return (team.direct ?? 0) + (team.indirect ?? 0);
}

/** Each sortable facet read on an offer; null when the document does not give it. */
const READERS: Readonly<Record<SortKey, (offer: Offer) => SortValue | null>> = {
  deadline: (o) => o.deadline,
  publishedOn: (o) => o.publishedOn,
  residence: requiredResidenceYears,
  teamDirect: (o) => o.team?.direct ?? null,
  teamIndirect: (o) => o.team?.indirect ?? null,
  teamTotal,
  positions: (o) => o.positions,
};

/** The value an offer has for a sort key, or null when its document is silent. */
export function sortValue(offer: Offer, key: SortKey): SortValue | null {
  return READERS[key](offer);
}

/** Compares two values of one key, smallest (earliest) first. */
export function compareValues(a: SortValue, b: SortValue): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
}
