import table from '../text/lexicon/listing.fr.json' with { type: 'json' };
import stopwordTable from '../text/lexicon/stopwords.json' with { type: 'json' };
import { words as frenchStopwords } from 'natural/lib/natural/util/stopwords_fr.js';
import type { DateMention } from '../nlu/dates/index.ts';
import type { PlaceMention } from '../nlu/entities/places.ts';
import type { EmployerMention } from '../nlu/entities/employers.ts';
import { normalizeWords } from '../text/normalize.ts';
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

const STOPWORDS = new Set([...stopwordTable.words, ...frenchStopwords.map(normalizeWords)]);

/** The lexicon's phrases, normalised once and framed by spaces for whole-word matching. */
const PHRASES = {
  publication: table.publication.map((form) => ` ${normalizeWords(form)} `),
  closed: table.closed.map((form) => ` ${normalizeWords(form)} `),
  any: table.any.map((form) => ` ${normalizeWords(form)} `),
  within: table.within.map((form) => ` ${normalizeWords(form)} `),
};
/** Words of those phrases: never searched as keywords. */
const LEXICON_WORDS = Object.values(PHRASES).flatMap((phrases) =>
  phrases.flatMap((p) => p.trim().split(' ')),
);

function says(padded: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => padded.includes(phrase));
}

function windowOf(dates: DateMention | null, padded: string): ListingQuery['window'] {
  if (dates === null) return null;
  const field = says(padded, PHRASES.publication) ? 'publishedOn' : 'deadline';
  return { field, start: dates.start, end: dates.end, said: dates.said };
}

function statusOf(padded: string, window: ListingQuery['window'], today: string): ListingStatus {
  if (says(padded, PHRASES.any)) return 'any';
  if (says(padded, PHRASES.closed)) return 'closed';
  if (window !== null && window.end !== null && window.end < today) return 'any';
  if (window?.field === 'publishedOn') return 'any';
  return 'open';
}

/**
 * Reads a listing question: the places, the employer, the words to search
 * (those the catalog knows, minus question words, places, dates and the
 * employer's name), a date window and which offers (open by default; closed
 * or all when asked, or when the window lies in the past).
 */
export function readListingQuery({ understanding, catalog, today }: TurnContext): ListingQuery {
  const { words, places, employer, dates } = understanding;
  const padded = ` ${words.join(' ')} `;
  const taken = new Set([
    ...places.flatMap((p) => p.said.split(' ')),
    ...(employer?.said.split(' ') ?? []),
    ...(dates?.said.split(' ') ?? []),
    ...LEXICON_WORDS,
  ]);
  const keywords = words.filter(
    (w) =>
      w.length > 2 &&
      !/^\d+$/.test(w) &&
      !STOPWORDS.has(w) &&
      !taken.has(w) &&
      catalog.knowsWord(w),
  );
  const window = windowOf(dates, padded);
  return {
    places,
    employer,
    keywords,
    window,
    status: statusOf(padded, window, today),
    withinLast: says(padded, PHRASES.within),
  };
}
