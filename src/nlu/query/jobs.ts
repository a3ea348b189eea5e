import { extractor } from './extractor.ts';

/** Kinds of job named in everyday words. */
export const jobs = extractor('jobs', () => []);
