import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases } from './phrases.ts';

const STARTS = phrases(table.followUp);

/** "Et le technicien ?", "pareil pour Koné": a message that starts by carrying on the last question. */
export const followUp = extractor('followUp', ({ words }) => {
  const padded = ` ${words.join(' ')} `;
  return STARTS.some((start) => padded.startsWith(start));
});
