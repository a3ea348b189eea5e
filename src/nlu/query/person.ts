import table from '../../text/lexicon/conversation.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { phrases, saysAny } from './phrases.ts';

/** The phrases asking to talk to a person, longest first (so the whole request is removed). */
const PERSON = phrases(table.person).sort((a, b) => b.length - a.length);

/** True when the words ask to talk to a person ("parler à quelqu'un", "un conseiller"). */
export function asksForPerson(words: readonly string[]): boolean {
  return saysAny(words, PERSON);
}

/**
 * The message's normalised words without its request to talk to a person: "un humain" never
 * names the offer "Référent(e) Ressources Humaines". The text itself when it asks for no one.
 */
export function withoutPersonRequest(words: readonly string[]): string {
  let padded = ` ${words.join(' ')} `;
  for (const phrase of PERSON) padded = padded.split(phrase).join(' ');
  return padded.trim();
}

/** "Je veux parler à quelqu'un / à un humain / à un conseiller": the message asks for a person. */
export const person = extractor('person', ({ words }) => asksForPerson(words));
