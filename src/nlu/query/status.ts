import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const ANY = phrases(table.any);
const CLOSED = phrases(table.closed);

/** What the message says of the offers' state: all of them, the closed ones, or nothing. */
export const status = extractor('status', ({ words }) => {
  if (saysAny(words, ANY)) return 'any';
  if (saysAny(words, CLOSED)) return 'closed';
  return null;
});
