import table from '../../text/lexicon/conversation.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases } from './phrases.ts';

/** The phrases asking for the rest of a list, normalised and framed. */
const MORE = phrases(table.more);

/**
 * "Voir plus", "la suite", "les autres": the message is only a request for the next offers of
 * the last list (nothing else said: the whole message is one of the phrases).
 */
export const more = extractor('more', ({ words }) => MORE.includes(` ${words.join(' ')} `));
