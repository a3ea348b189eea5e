import { offerStatus } from '../../offers/offer.ts';
import { formatLongDate, formatShortDate } from '../../time/noumea.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

/** "Parle-moi de ce poste": the offer's card in a few lines, only what the document gives. */
export const offerDetails: Handler = aboutOffer('offer.details', (entry, { today }) => {
  const { offer } = entry;
  const lines = [offerName(entry)];
  const facts: Array<[string, string | null]> = [
    ['Employeur', offer.employer],
    ['Corps', offer.corps],
    ['Direction', offer.direction],
    ['Lieu', offer.location],
    ['Publié le', offer.publishedOn && formatShortDate(offer.publishedOn)],
    ['Date limite', offer.deadline && formatShortDate(offer.deadline)],
    ['Poste à pourvoir', offer.startDate],
    ['Durée de résidence exigée', offer.residence?.text ?? null],
  ];
  for (const [label, value] of facts) if (value) lines.push(`${label} : ${value}`);
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
  if (offer.deadline === null) return { text: messages.deadlineUnknown(name) };
  const now = formatLongDate(offer.deadline);
  if (offer.previousDeadline !== null)
    return { text: messages.deadlineWasMoved(name, formatShortDate(offer.previousDeadline), now) };
  if (offer.deadlineNote !== null)
    return { text: `${messages.deadlineNote(offer.deadlineNote)} ${messages.deadlineIs(now)}` };
  return { text: messages.deadlineNotMoved(name, now) };
});
