import { findPlaces } from '../entities/places.ts';
import { extractor } from './extractor.ts';
import { polarities, spanOf, type WordSpan } from './negation.ts';

/**
 * The places a message names, each asked for (`in`) or excluded (`notIn`: "pas à Nouméa",
 * "en dehors du Grand Nouméa", "sauf Koné"); an area stands for each of its communes.
 */
export const placeFilters = extractor('places', ({ words }) => {
  const places = findPlaces(words);
  const spans: Array<WordSpan | null> = [];
  let from = 0;
  for (const place of places) {
    const span = spanOf(words, place.said, from) ?? spanOf(words, place.said);
    spans.push(span);
    if (span !== null && (place.kind !== 'commune' || place.area === undefined)) from = span.end;
  }
  const polarity = polarities(words, spans);
  return places.map((place, i) => ({ place, polarity: polarity[i]! }));
});
