import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { findDateRange, type DateMention } from '../dates/index.ts';
import type { DatePredicate } from './query.ts';
import { extractor } from './extractor.ts';
import { saysAny, phrases } from './phrases.ts';

const PUBLICATION = phrases(table.publication);

/**
 * The date a message names, as what it selects: offers published in a window when it speaks of
 * publication, else offers closing in the window.
 */
export const datePredicate = extractor('date', ({ text, words, today }) =>
  predicateOf(findDateRange(text, today), words),
);

/** What a date read in the message selects (also for the dates the async recognizer finds). */
export function predicateOf(
  dates: DateMention | null,
  words: readonly string[],
): DatePredicate | null {
  if (dates === null) return null;
  const kind = saysAny(words, PUBLICATION) ? 'published' : 'deadline';
  return { kind, start: dates.start, end: dates.end, said: dates.said };
}
