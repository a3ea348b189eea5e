import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const WHICH = phrases(table.which);

/** "Quelles offres…", "des postes ?": the question asks which offers (an answer over several). */
export const which = extractor('which', ({ words }) => saysAny(words, WHICH));
