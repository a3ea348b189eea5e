import { findResidenceClaim } from '../entities/residenceYears.ts';
import { extractor } from './extractor.ts';

/** What the user says of their own residence. */
export const residence = extractor('residence', ({ words }) => findResidenceClaim(words.join(' ')));
