import type { Offer } from '../../offers/offer.ts';
import { offerStatus } from '../../offers/offer.ts';
import { STATED_NONE } from '../../offers/fields/fieldSpec.ts';
import { NO_TEAM } from '../../offers/fields/factTexts.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from '../../offers/fields/offerFields.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { aboutOffer } from './aboutOffer.ts';
import { passagesAbout, topicOfIntent } from '../documentSearch.ts';
import type { Handler } from '../turnContext.ts';

const FOLLOW_UPS = [messages.quick.deadline, messages.quick.requirements];

export const deadline: Handler = aboutOffer('offer.deadline', (entry, { today }) => {
  const { offer } = entry;
  const name = offerName(entry);
  if (offer.deadline === null) return { text: messages.deadlineUnknown(name), silent: true };
  const lines = [messages.deadline(name, offer.deadline, offerStatus(offer, today) === 'open')];
  if (offer.previousDeadline !== null) lines.push(messages.deadlineMoved(offer.previousDeadline));
  else if (offer.deadlineNote !== null) lines.push(messages.deadlineNote(offer.deadlineNote));
  return { text: lines.join(' '), quickReplies: [messages.quick.requirements] };
});

export const requirements: Handler = aboutOffer('offer.requirements', (entry) => {
  const name = offerName(entry);
  if (entry.offer.requirements.length === 0)
    return {
      text: messages.requirementsNone(name),
      quickReplies: [messages.quick.deadline],
      states: false,
      silent: true,
    };
  const lines = entry.offer.requirements.map((r) => `• ${r}`);
  return {
    text: [messages.requirements(name), ...lines].join('\n'),
    quickReplies: [messages.quick.deadline],
  };
});

/** "C'est payé combien ?": no offer document states its pay; say so, and who to ask. */
export const salary: Handler = aboutOffer('offer.salary', (entry) => ({
  text: messages.salaryUnstated(offerName(entry)),
  quickReplies: [messages.quick.apply],
  states: false,
}));

/** One plain field of an offer: its French label and how to read it. */
interface FieldSpec {
  intent: string;
  label: string;
  value: (offer: Offer) => string | null;
  /** True when the document states something positive (not silent, not "/" nor "aucun agent"). */
  states: (offer: Offer) => boolean;
}

/** How a field's answer says a value: "aucune (le document indique « / »)" when the document says "/". */
function said(value: string | null | typeof STATED_NONE): string | null {
  return value === STATED_NONE ? messages.residenceNoneValue : value;
}

/**
 * Fields answered the same way, "<label> de <offre> : <valeur>", or the document is silent: the
 * table's fields asked with `sentence: 'field'`. Several fields asked by one intent (the place of
 * work and its communes, the direction, its acronym and the service) answer together, in table
 * order: the first stated in that sentence, the others after it ("Commune : Koné, Pouembout.").
 */
const FIELDS: FieldSpec[] = OFFER_FIELD_KEYS.flatMap((key): FieldSpec[] => {
  const spec = fieldSpec(key);
  const ask = spec.ask;
  if (ask === undefined || ask.sentence !== 'field') return [];
  const read = ask.text;
  return [
    {
      intent: ask.intent,
      label: ask.label ?? spec.label,
      value: (offer) =>
        read === undefined ? (offer[key] as string | null) : said(read(offer[key], offer)),
      states: (offer) => {
        const value = read === undefined ? (offer[key] as string | null) : read(offer[key], offer);
        return value !== null && value !== STATED_NONE && value !== NO_TEAM;
      },
    },
  ];
});

/** The fields of each intent, in table order. */
const BY_INTENT = new Map<string, FieldSpec[]>();
for (const field of FIELDS)
  BY_INTENT.set(field.intent, [...(BY_INTENT.get(field.intent) ?? []), field]);

/**
 * The field's heading is silent: say so, then quote what the document says of its topic elsewhere
 * ("L'équipe … compte 6 travailleurs sociaux."), when a topic is linked to the intent.
 */
function silentField(label: string, name: string, intent: string, body: string): string {
  const topic = topicOfIntent(intent);
  const passages = topic === null ? [] : passagesAbout(body, topic, 2);
  if (passages.length === 0) return messages.fieldNone(label, name);
  return [
    messages.fieldNone(label, name),
    messages.documentElsewhere,
    ...passages.map((p) => `« ${p} »`),
  ].join('\n');
}

export const fieldHandlers: Record<string, Handler> = Object.fromEntries(
  [...BY_INTENT].map(([intent, fields]) => [
    intent,
    aboutOffer(intent, (entry) => {
      const name = offerName(entry);
      const stated = fields.flatMap((field) => {
        const value = field.value(entry.offer);
        return value === null ? [] : [{ label: field.label, value: value.trim() }];
      });
      const [first, ...more] = stated;
      return {
        text:
          first === undefined
            ? silentField((fields[0] as FieldSpec).label, name, intent, entry.offer.body)
            : [
                messages.field(first.label, name, first.value),
                ...more.map((m) => messages.fieldMore(m.label, m.value)),
              ].join(' '),
        quickReplies: FOLLOW_UPS,
        states: fields.some((field) => field.states(entry.offer)),
        silent: first === undefined,
      };
    }),
  ]),
);
