import type { PlaceMention } from '../nlu/entities/places.ts';
import type { Query, SortRequest } from '../nlu/query/query.ts';
import type { Catalog, CatalogEntry } from '../offers/catalog.ts';
import type { OfferFilters } from '../offers/search/filters.ts';
import { normalizeWords } from '../text/normalize.ts';
import { PROVINCE_NAMES } from '../text/places.ts';
import { formatShortDate } from '../time/noumea.ts';
import { readListingQuery, type ListingQuery } from './listingQuery.ts';
import { messages } from './messages.fr.ts';
import { compareValues, sortValue } from './sortValues.ts';
import { MAX_CANDIDATES } from '../nlu/query/offerMentions.ts';
import type { TurnContext } from './turnContext.ts';

/** The offers a listing question asks for, and how to say what was asked. */
export interface Selection {
  found: CatalogEntry[];
  query: ListingQuery;
  /** " à Nouméa chez l'OPT-NC pour « réseau » (clôture avant le 30/06/2025)", or "". */
  filters: string;
  /** The kinds of job asked, said after "offre" (" de chauffeur"), or "". */
  job: string;
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

/** The places said back: one area for its communes ("dans le Grand Nouméa"), a quarter with its commune. */
function describePlaces(places: readonly PlaceMention[], excluded: boolean): string[] {
  const parts: string[] = [];
  const areas = new Set<string>();
  for (const p of places) {
    if (p.kind === 'commune' && p.area !== undefined) {
      if (!areas.has(p.area)) parts.push(messages.placeArea(p.area, excluded));
      areas.add(p.area);
    } else if (p.kind === 'commune')
      parts.push(
        p.quarter === undefined
          ? messages.placeCommune(p.commune.name, excluded)
          : messages.placeQuarter(p.quarter, p.commune.name, excluded),
      );
    else parts.push(messages.placeProvince(PROVINCE_NAMES[p.province], excluded));
  }
  return parts;
}

/** The corps as the catalog prints it ("contrôleur"), else as read. */
function corpsName(catalog: Catalog, phrase: string): string {
  const printed = catalog
    .corps()
    .find((c) => normalizeWords(c).replace(/s\b/g, '') === phrase.replace(/s\b/g, ''));
  return printed ?? phrase;
}

function describe(listing: ListingQuery, query: Query, catalog: Catalog, today: string): string {
  let text = describePlaces(listing.places, false).join(' ou');
  text += describePlaces(
    query.places.filter((p) => p.polarity === 'notIn').map((p) => p.place),
    true,
  ).join('');
  for (const unit of query.units)
    text += messages.unit(unit.kind, unit.name, unit.polarity === 'notIn');
  if (query.corps.length > 0)
    text += messages.ofCorps(query.corps.map((c) => corpsName(catalog, c.phrase)));
  if (listing.employer !== null) text += messages.atEmployer(listing.employer.name);
  if (listing.keywords.length > 0) text += messages.aboutWords(listing.keywords.join(' '));
  if (listing.day !== today) text += messages.openOnDay(formatShortDate(listing.day));
  if (listing.window !== null)
    text += messages.window(
      listing.window.field === 'deadline',
      span(listing.window.start, listing.window.end),
    );
  return text;
}

/** The catalog filters a query asks for: places in and out, employer, units, corps, jobs, the day. */
export function listingFilters(listing: ListingQuery, query: Query, today: string): OfferFilters {
  const excluded = query.places.filter((p) => p.polarity === 'notIn').map((p) => p.place);
  const titleWords = query.jobs.flatMap((j) => j.titleWords);
  const corpsIn = query.corps.filter((c) => c.polarity === 'in').map((c) => c.phrase);
  const corpsOut = query.corps.filter((c) => c.polarity === 'notIn').map((c) => c.phrase);
  // Offers named by their title ("des postes dans la cybersécurité ?"): the listing keeps to them;
  // a title shared by more offers than a mention keeps is searched by its words instead.
  const named = query.offers
    .filter((m) => m.by === 'title' && m.candidates.length < MAX_CANDIDATES)
    .flatMap((m) => m.candidates);
  return {
    ...(named.length > 0 ? { references: new Set(named) } : {}),
    places: listing.places,
    ...(excluded.length > 0 ? { notInPlaces: excluded } : {}),
    ...(listing.employer === null ? {} : { employer: listing.employer.phrase }),
    ...(query.units.length > 0 ? { units: query.units } : {}),
    ...(corpsIn.length > 0 ? { corpsAny: corpsIn } : {}),
    ...(corpsOut.length > 0 ? { corpsNone: corpsOut } : {}),
    ...(titleWords.length > 0 ? { titleWords } : {}),
    publishedBy: today,
    ...(listing.status === 'open' ? { openOn: listing.day } : {}),
    ...(listing.status === 'closed' ? { closedOn: today } : {}),
    ...(listing.window === null
      ? {}
      : {
          window: {
            field: listing.window.field,
            start: listing.window.start,
            end: listing.window.end,
          },
        }),
  };
}

/** "Classe-les par date limite": the offers in the order asked, those without the value last. */
function inOrder(entries: CatalogEntry[], sort: SortRequest): CatalogEntry[] {
  const sign = sort.order === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const x = sortValue(a.offer, sort.key);
    const y = sortValue(b.offer, sort.key);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * compareValues(x, y);
  });
}

/**
 * Selects the offers a listing asks for: filters (places asked and excluded, employer,
 * directions and services, corps, kinds of job, the day's status) through the catalog's search,
 * the searched words ranked by relevance, the date window, and "parmi elles" restricted to the
 * last list (when there is one).
 */
export function selectOffers(context: TurnContext): Selection {
  const { catalog, today, state } = context;
  const { query } = context.understanding;
  const listing = readListingQuery(context);
  const broadTitles = query.offers
    .filter((m) => m.by === 'title' && m.candidates.length >= MAX_CANDIDATES)
    .map((m) => m.said);
  const searched = [...listing.keywords, ...broadTitles].join(' ');
  let hits = catalog.search(searched, listingFilters(listing, query, today));
  const best = hits[0]?.score ?? 0;
  if (searched !== '') hits = hits.filter((h) => h.score >= best * RELEVANT_SHARE);
  const within = listing.withinLast && state.lastList.length > 0 ? new Set(state.lastList) : null;
  let found = hits
    .map((h) => h.entry)
    .filter((e) => within === null || within.has(e.offer.reference));
  if (listing.status === 'open') found = [...found].sort(byDeadline);
  if (query.sort !== null) found = inOrder(found, query.sort);
  return {
    found,
    query: listing,
    filters: describe(listing, query, catalog, today),
    job: messages.ofJob(query.jobs.map((j) => j.label)),
  };
}
