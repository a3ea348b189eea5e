import type { CatalogEntry } from '../offers/catalog.ts';
import type { PlaceMention } from '../nlu/entities/places.ts';
import { PROVINCE_NAMES } from '../text/places.ts';
import { messages } from './messages.fr.ts';
import type { TurnContext } from './turnContext.ts';

/** The offers a listing question asks for, and how to say where. */
export interface Selection {
  /** Open offers matching the filters, soonest deadline first. */
  found: CatalogEntry[];
  /** All offers open today, soonest deadline first. */
  open: CatalogEntry[];
  /** " à Nouméa", " en province Nord", or "". */
  where: string;
}

function inPlace(entry: CatalogEntry, place: PlaceMention): boolean {
  if (place.kind === 'commune') return entry.commune?.name === place.commune.name;
  return entry.commune?.province === place.province;
}

function placeWords(places: readonly PlaceMention[]): string {
  return places
    .map((p) => (p.kind === 'commune' ? messages.inPlace(p.commune.name) : messages.inProvince(PROVINCE_NAMES[p.province])))
    .join(' ou');
}

const byDeadline = (a: CatalogEntry, b: CatalogEntry) => (a.offer.deadline ?? '9').localeCompare(b.offer.deadline ?? '9');

/** Selects the open offers of the places named in the message (all open offers when none is named). */
export function selectOffers({ understanding, catalog, today }: TurnContext): Selection {
  const places = understanding.places;
  const open = catalog.withStatus('open', today).sort(byDeadline);
  const found = places.length === 0 ? open : open.filter((e) => places.some((p) => inPlace(e, p)));
  return { found, open, where: placeWords(places) };
}
