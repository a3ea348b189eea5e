import { findEmployer } from '../entities/employers.ts';
import { extractor } from './extractor.ts';

/** The employer a message names by its usual name or acronym. */
export const employer = extractor('employer', ({ words }) => findEmployer(words));
