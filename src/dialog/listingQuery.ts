import type { Query } from '../nlu/query/query.ts';
import type { ConversationState } from './state/conversationState.ts';
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
  /** The day the status is read on: today, or the day asked ("encore ouvertes le 3 juin"). */
  day: string;
  /** "parmi elles…": only among the offers of the last list. */
  withinLast: boolean;
}

/** "Ça fait combien en tout ?" right after a listing: a count that names nothing counts that list. */
function countsTheLastList(query: Query, state: ConversationState): boolean {
  const namesNothing =
    query.places.length === 0 &&
    query.employer === null &&
    query.units.length === 0 &&
    query.corps.length === 0 &&
    query.jobs.length === 0 &&
    query.keywords.length === 0 &&
    query.date === null &&
    query.status === null;
  const afterListing = state.lastIntent === 'offers.list' || state.lastIntent === 'offers.count';
  return query.count && namesNothing && afterListing;
}

/**
 * Reads a listing question from the query: the places, the employer, the words to search, a date
 * window and which offers (open by default; closed or all when asked, or when the window lies in
 * the past). "Ouvertes aujourd'hui / le 3 juin" selects the offers open on that day, never those
 * closing on it; "qui ferme cette semaine" is a window on the deadline of the open offers.
 */
export function readListingQuery({ understanding, today, state }: TurnContext): ListingQuery {
  const { query } = understanding;
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
  const day = query.date?.kind === 'openOn' ? query.date.day : today;
  if (query.status === null && day !== today) status = 'open';
  return {
    places: query.places.filter((p) => p.polarity === 'in').map((p) => p.place),
    employer: query.employer,
    keywords: query.keywords,
    window,
    status,
    day,
    withinLast: (query.amongLast || countsTheLastList(query, state)) && state.lastList.length > 0,
  };
}
