import { extractor } from './extractor.ts';

/** Directions and services named. */
export const units = extractor('units', () => []);
