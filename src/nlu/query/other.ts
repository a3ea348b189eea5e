import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const OTHER = phrases(table.other);

/** "Et l'autre, la date limite ?": the other offer of a last list of two. */
export const other = extractor('other', ({ words }) => saysAny(words, OTHER));
