import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { findDateRange, type DateMention } from '../dates/index.ts';
import { findResidenceClaim } from '../entities/residenceYears.ts';
import type { DatePredicate } from './query.ts';
import { extractor } from './extractor.ts';
import { firstSaid, saysAny, phrases } from './phrases.ts';

const PUBLICATION = phrases(table.publication);
const CLOSING = phrases(table.closing);
const LAST_DAY = phrases(table.lastDay);

/**
 * The date a message names, as what it selects: offers published in a window when it speaks of
 * publication, closing in the window when it speaks of closing ("qui ferme cette semaine", "le
 * dernier jour"), else open on the one day it names ("ouvertes aujourd'hui", "encore ouvertes le
 * 3 juin"); a window with no verb is read on the deadline. The years of a residence claim are
 * no date.
 */
export const datePredicate = extractor('date', ({ text, words, today }) => {
  const dates = findDateRange(text, today);
  if (dates !== null && isResidence(dates, words)) return null;
  if (dates !== null) return predicateOf(dates, words);
  const lastDay = firstSaid(words, LAST_DAY);
  return lastDay === null ? null : { kind: 'deadline', start: today, end: today, said: lastDay };
});

/** True when the date is the user's residence ("depuis cinq ans", "il y a 6 ans", "depuis 2019"). */
function isResidence(dates: DateMention, words: readonly string[]): boolean {
  return (
    findResidenceClaim(words.join(' ')) !== null && /\b(ans?|annees?|\d{4})\b/.test(dates.said)
  );
}

/** What a date read in the message selects (also for the dates the async recognizer finds). */
export function predicateOf(
  dates: DateMention | null,
  words: readonly string[],
): DatePredicate | null {
  if (dates === null) return null;
  const { start, end, said } = dates;
  if (saysAny(words, PUBLICATION)) return { kind: 'published', start, end, said };
  const closing = saysAny(words, CLOSING) || saysAny(words, LAST_DAY);
  const oneDay = start !== null && start === end;
  if (oneDay && !closing) return { kind: 'openOn', day: start, said };
  return { kind: 'deadline', start, end, said };
}
