import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const COUNT = phrases(table.count);

/** "Combien d'offres…": the answer must give a number. */
export const count = extractor('count', ({ words }) => saysAny(words, COUNT));
