import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const WITHIN = phrases(table.within);

/** "Parmi elles", "lequel des deux": about the last list shown. */
export const amongLast = extractor('amongLast', ({ words }) => saysAny(words, WITHIN));
