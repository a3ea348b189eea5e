import { findPlaces } from '../entities/places.ts';
import { extractor } from './extractor.ts';

/** The places a message names, each asked for. */
export const placeFilters = extractor('places', ({ words }) =>
  findPlaces(words).map((place) => ({ place, polarity: 'in' as const })),
);
