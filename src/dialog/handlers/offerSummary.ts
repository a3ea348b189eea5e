import { fieldSpec, OFFER_FIELD_KEYS } from '../../offers/fields/offerFields.ts';
import { type Offer, offerStatus } from '../../offers/offer.ts';
import { formatLongDate, formatShortDate } from '../../time/noumea.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

/** The card's facts: the table's fields shown in `summary` that have a value, in table order. */
export function summaryFacts(offer: Offer): Array<[string, string]> {
  return OFFER_FIELD_KEYS.flatMap((key): Array<[string, string]> => {
    const spec = fieldSpec(key);
    const shown = spec.show?.summary;
    if (shown === undefined) return [];
    const value = shown.text === undefined ? (offer[key] as string | null) : shown.text(offer[key]);
    return value ? [[shown.label ?? spec.label, value]] : [];
  });
}

/**
 * "Parle-moi de ce poste": the offer's card in a few lines, only what the document gives
 * (the missions as their count).
 */
export const offerDetails: Handler = aboutOffer('offer.details', (entry, { today }) => {
  const { offer } = entry;
  const lines = [offerName(entry)];
  for (const [label, value] of summaryFacts(offer)) lines.push(`${label} : ${value}`);
  if (offer.missions.length > 0) lines.push(messages.missionsCount(offer.missions.length));
  const status = offerStatus(offer, today);
  return {
    text: lines.join('\n'),
    quickReplies:
      status === 'open'
        ? [messages.quick.requirements, messages.quick.missions, messages.quick.apply]
        : [messages.quick.openOffers],
  };
});

/** "La date a-t-elle été repoussée ?": what the document says of a change, or that it says none. */
export const deadlineChanged: Handler = aboutOffer('offer.deadlineChanged', (entry) => {
  const { offer } = entry;
  const name = offerName(entry);
  if (offer.deadline === null) return { text: messages.deadlineUnknown(name), silent: true };
  const now = formatLongDate(offer.deadline);
  if (offer.previousDeadline !== null)
    return { text: messages.deadlineWasMoved(name, formatShortDate(offer.previousDeadline), now) };
  if (offer.deadlineNote !== null)
    return { text: `${messages.deadlineNote(offer.deadlineNote)} ${messages.deadlineIs(now)}` };
  return { text: messages.deadlineNotMoved(name, now) };
});
