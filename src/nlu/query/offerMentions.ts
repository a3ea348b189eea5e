import { findReferences } from '../entities/references.ts';
import { extractor } from './extractor.ts';
import type { OfferMention } from './query.ts';

/** A title is named when the message covers at least this share of it. */
const MIN_TITLE_SCORE = 0.3;
/** Titles scoring at least this share of the best are kept as candidates. */
const CLOSE_TO_BEST = 0.75;

/**
 * The offers a message names: references written in any form, then the titles it names
 * (the candidates close to the best, best first).
 */
export const offerMentions = extractor('offers', ({ text, said, today, vocabulary }) => {
  const mentions: OfferMention[] = findReferences(said).map((reference) => ({
    said: reference,
    by: 'reference',
    candidates: vocabulary.has(reference) ? [reference] : [],
    written: reference,
  }));
  if (mentions.length > 0) return mentions;
  const matches = vocabulary.titleMatches(text, today).filter((m) => m.score >= MIN_TITLE_SCORE);
  const best = matches[0];
  if (best === undefined) return [];
  const close = matches.filter((m) => m.score >= best.score * CLOSE_TO_BEST);
  return [{ said: '', by: 'title', candidates: close.map((m) => m.reference), written: null }];
});
