import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

const ANY = phrases(table.any);
const CLOSED = phrases(table.closed);
const OPEN = phrases(table.open);

/**
 * What the message says of the offers' state: all of them, the closed ones ("fermées", an
 * adjective; "qui ferme", a verb, is a deadline), the open ones ("encore ouvertes"), or nothing. The words of the date are not read
 * again ("la semaine passée" is no closed offer).
 */
export const status = extractor('status', ({ words }, sofar) => {
  const dated = new Set(sofar.date?.said.split(' ') ?? []);
  const rest = words.filter((w) => !dated.has(w));
  if (saysAny(rest, ANY)) return 'any';
  if (saysAny(rest, CLOSED)) return 'closed';
  if (saysAny(rest, OPEN)) return 'open';
  return null;
});
