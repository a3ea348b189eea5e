import { findOrdinal } from '../entities/ordinals.ts';
import { extractor } from './extractor.ts';

/** A rank in the last list shown ("le deuxième", "la dernière"). */
export const rank = extractor('rank', ({ words }) => findOrdinal(words));
