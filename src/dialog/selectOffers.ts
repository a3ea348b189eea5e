import type { CatalogEntry } from '../offers/catalog.ts';
import { offerStatus } from '../offers/offer.ts';
import type { OfferFilters } from '../offers/search/filters.ts';
import { PROVINCE_NAMES } from '../text/places.ts';
import { formatShortDate } from '../time/noumea.ts';
import { readListingQuery, type ListingQuery } from './listingQuery.ts';
import { messages } from './messages.fr.ts';
import type { TurnContext } from './turnContext.ts';

/** The offers a listing question asks for, and how to say what was asked. */
export interface Selection {
  found: CatalogEntry[];
  query: ListingQuery;
  /** " à Nouméa chez l'OPT-NC pour « réseau » (clôture avant le 30/06/2025)", or "". */
  filters: string;
}

/** Keyword hits scoring under this share of the best are mere mentions (a word in a requirement), not answers. */
const RELEVANT_SHARE = 0.5;

const byDeadline = (a: CatalogEntry, b: CatalogEntry) =>
  (a.offer.deadline ?? '9').localeCompare(b.offer.deadline ?? '9');

function span(start: string | null, end: string | null): string {
  if (start !== null && end !== null)
    return start === end
      ? messages.spanOn(formatShortDate(start))
      : messages.spanBetween(formatShortDate(start), formatShortDate(end));
  if (end !== null) return messages.spanUntil(formatShortDate(end));
  return start === null ? '' : messages.spanFrom(formatShortDate(start));
}

function describe(query: ListingQuery, today: string): string {
  const parts = query.places.map((p) =>
    p.kind === 'commune'
      ? messages.inPlace(p.commune.name)
      : messages.inProvince(PROVINCE_NAMES[p.province]),
  );
  let text = parts.join(' ou');
  if (query.employer !== null) text += messages.atEmployer(query.employer.name);
  if (query.keywords.length > 0) text += messages.aboutWords(query.keywords.join(' '));
  if (query.day !== today) text += messages.openOnDay(formatShortDate(query.day));
  if (query.window !== null)
    text += messages.window(
      query.window.field === 'deadline',
      span(query.window.start, query.window.end),
    );
  return text;
}

function inWindow(entry: CatalogEntry, window: NonNullable<ListingQuery['window']>): boolean {
  const day = entry.offer[window.field];
  if (day === null) return false;
  return (
    (window.start === null || day >= window.start) && (window.end === null || day <= window.end)
  );
}

/**
 * Selects the offers a listing asks for: filters (places, employer, the day's
 * status) through the catalog's search, the searched words ranked by relevance,
 * the date window, and "parmi elles" restricted to the last list.
 */
export function selectOffers(context: TurnContext): Selection {
  const { catalog, today, state } = context;
  const query = readListingQuery(context);
  const filters: OfferFilters = {
    places: query.places,
    ...(query.employer === null ? {} : { employer: query.employer.phrase }),
    publishedBy: today,
    ...(query.status === 'open' ? { openOn: query.day } : {}),
  };
  let hits = catalog.search(query.keywords.join(' '), filters);
  const best = hits[0]?.score ?? 0;
  if (query.keywords.length > 0) hits = hits.filter((h) => h.score >= best * RELEVANT_SHARE);
  const within = query.withinLast ? new Set(state.lastList) : null;
  let found = hits
    .map((h) => h.entry)
    .filter((e) => query.status !== 'closed' || offerStatus(e.offer, today) === 'closed')
    .filter((e) => query.window === null || inWindow(e, query.window))
    .filter((e) => within === null || within.has(e.offer.reference));
  if (query.status === 'open') found = [...found].sort(byDeadline);
  return { found, query, filters: describe(query, today) };
}
