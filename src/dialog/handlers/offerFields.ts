import type { Offer } from '../../offers/offer.ts';
import { offerStatus } from '../../offers/offer.ts';
import { formatLongDate } from '../../time/noumea.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

const FOLLOW_UPS = [messages.quick.deadline, messages.quick.requirements];

export const deadline: Handler = aboutOffer('offer.deadline', (entry, { today }) => {
  const { offer } = entry;
  const name = offerName(entry);
  if (offer.deadline === null) return { text: messages.deadlineUnknown(name) };
  const lines = [messages.deadline(name, offer.deadline, offerStatus(offer, today) === 'open')];
  if (offer.previousDeadline !== null) lines.push(messages.deadlineMoved(offer.previousDeadline));
  else if (offer.deadlineNote !== null) lines.push(messages.deadlineNote(offer.deadlineNote));
  return { text: lines.join(' '), quickReplies: [messages.quick.requirements] };
});

export const requirements: Handler = aboutOffer('offer.requirements', (entry) => {
  const name = offerName(entry);
  if (entry.offer.requirements.length === 0)
    return { text: messages.requirementsNone(name), quickReplies: [messages.quick.deadline] };
  const lines = entry.offer.requirements.map((r) => `• ${r}`);
  return {
    text: [messages.requirements(name), ...lines].join('\n'),
    quickReplies: [messages.quick.deadline],
  };
});

/** The residence the document requires: its words, "aucune" when it says "/", null when silent. */
function residenceText(offer: Offer): string | null {
  if (offer.residence !== null) return offer.residence.text;
  return offer.residenceRequired === false ? messages.residenceNoneValue : null;
}

/** One plain field of an offer: its French label and how to read it. */
interface FieldSpec {
  intent: string;
  label: string;
  value: (offer: Offer) => string | null;
}

/** Fields answered the same way: "<label> de <offre> : <valeur>", or the document is silent. */
const FIELDS: FieldSpec[] = [
  { intent: 'offer.location', label: 'Lieu de travail', value: (o) => o.location },
  { intent: 'offer.employer', label: 'Employeur', value: (o) => o.employer },
  { intent: 'offer.direction', label: 'Direction', value: (o) => o.direction },
  { intent: 'offer.corps', label: "Corps ou cadre d'emploi", value: (o) => o.corps },
  { intent: 'offer.residence', label: 'Durée de résidence exigée', value: residenceText },
  { intent: 'offer.startDate', label: 'Poste à pourvoir', value: (o) => o.startDate },
  { intent: 'offer.reference', label: 'Référence', value: (o) => o.reference },
  {
    intent: 'offer.publishedOn',
    label: 'Date de publication',
    value: (o) => (o.publishedOn ? formatLongDate(o.publishedOn) : null),
  },
  {
    intent: 'offer.missions',
    label: 'Missions',
    value: (o) => (o.missions.length ? `\n${o.missions.map((m) => `• ${m}`).join('\n')}\n` : null),
  },
];

export const fieldHandlers: Record<string, Handler> = Object.fromEntries(
  FIELDS.map((field) => [
    field.intent,
    aboutOffer(field.intent, (entry) => {
      const value = field.value(entry.offer);
      const name = offerName(entry);
      return {
        text:
          value === null
            ? messages.fieldNone(field.label, name)
            : messages.field(field.label, name, value.trim()),
        quickReplies: FOLLOW_UPS,
      };
    }),
  ]),
);
