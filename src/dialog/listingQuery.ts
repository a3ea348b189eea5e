import type { PlaceMention } from '../nlu/entities/places.ts';
import type { EmployerMention } from '../nlu/entities/employers.ts';
import type { TurnContext } from './turnContext.ts';

/** Which offers a listing shows, by where they stand on the day asked. */
export type ListingStatus = 'open' | 'closed' | 'any';

/** What a listing question asks for. */
export interface ListingQuery {
  places: PlaceMention[];
  employer: EmployerMention | null;
  /** Words searched in the offers' text (title, corps, direction, missions...). */
  keywords: string[];
  /** A window on the deadline ("qui ferment avant le 30 juin") or the publication ("publiées depuis lundi"). */
  window: {
    field: 'deadline' | 'publishedOn';
    start: string | null;
    end: string | null;
    said: string;
  } | null;
  status: ListingStatus;
  /** "parmi elles…": only among the offers of the last list. */
  withinLast: boolean;
}

/**
 * Reads a listing question from the query: the places, the employer, the words to search, a date
 * window and which offers (open by default; closed or all when asked, or when the window lies in
 * the past).
 */
export function readListingQuery({ understanding, today, catalog }: TurnContext): ListingQuery {
  const { query } = understanding;
  // bridge until listings read the offers and jobs named: their words are searched, as before
  const named = [...query.offers, ...query.jobs]
    .flatMap((m) => ('by' in m && m.by !== 'title' && m.by !== 'job' ? [] : m.said.split(' ')))
    .filter((w) => w !== '' && !query.keywords.includes(w) && catalog.knowsWord(w));
  const window =
    query.date === null || query.date.kind === 'openOn'
      ? null
      : {
          field: query.date.kind === 'published' ? ('publishedOn' as const) : ('deadline' as const),
          start: query.date.start,
          end: query.date.end,
          said: query.date.said,
        };
  let status: ListingStatus = query.status ?? 'open';
  if (query.status === null && window !== null && window.end !== null && window.end < today)
    status = 'any';
  if (query.status === null && window?.field === 'publishedOn') status = 'any';
  return {
    places: query.places.filter((p) => p.polarity === 'in').map((p) => p.place),
    employer: query.employer,
    keywords: [...query.keywords, ...new Set(named)],
    window,
    status,
    withinLast: query.amongLast,
  };
}
