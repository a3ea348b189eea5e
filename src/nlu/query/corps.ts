import { extractor } from './extractor.ts';

/** Corps named. */
export const corps = extractor('corps', () => []);
