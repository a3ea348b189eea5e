import { employerContacts } from '../employerContacts.ts';
import { messages } from '../messages.fr.ts';
import { answer, offerQuickReply } from '../render.ts';
import { resolveOffer } from '../contextPolicy.ts';
import type { Handler } from '../turnContext.ts';
import { fieldHandlers } from './offerFields.ts';

const INTENT = 'offer.contact';
/** Employers whose human resources an answer with no offer names (the main ones). */
const MAX_EMPLOYERS = 3;
/** Offers proposed to name after a contact question with no offer. */
const PROPOSED = 4;

/**
 * "Contact", "je veux parler à quelqu'un / à un humain": the contact of the offer named or in
 * focus (its document's name, phone, e-mail); with no offer, the human resources of the served
 * employers as their offers' application blocks give them, and which offer to name. An offer named
 * next answers the contact question.
 */
export const offerContact: Handler = (context) => {
  if (resolveOffer(context).kind !== 'none') return fieldHandlers[INTENT]!(context);
  const { catalog, today, state } = context;
  const contacts = employerContacts(catalog, today).slice(0, MAX_EMPLOYERS);
  const lines =
    contacts.length === 0
      ? [messages.contactNoHumanResources]
      : contacts.map((c) =>
          messages.contactHumanResources(c.employer, c.email, c.address, c.reference),
        );
  lines.push(messages.contactNameOffer);
  const open = catalog.withStatus('open', today).slice(0, PROPOSED);
  return {
    answer: answer(INTENT, lines.join('\n'), { quickReplies: open.map(offerQuickReply) }),
    state: { ...state, pendingIntent: INTENT, lastIntent: INTENT },
  };
};
