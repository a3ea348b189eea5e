import type { Offer } from '../../offers/offer.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { type DocumentTopic, passagesAbout, topicById, TOPICS } from '../documentSearch.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

const APPLY = TOPICS.find((t) => t.id === 'candidature')!;

/** The topics of `documentTopics.fr.json` the offer's own facets answer, and their field. */
const CONDITION_FIELDS: ReadonlyArray<{
  topic: DocumentTopic;
  key: 'drivingLicence' | 'travel' | 'housing';
}> = [
  { topic: TOPICS.find((t) => t.id === 'permis')!, key: 'drivingLicence' },
  { topic: TOPICS.find((t) => t.id === 'deplacements')!, key: 'travel' },
  { topic: TOPICS.find((t) => t.id === 'logement')!, key: 'housing' },
];

function quote(passages: string[]): string {
  return passages.map((p) => `« ${p} »`).join('\n');
}

/** The document's words a condition was read from (its value when no quote was kept). */
function conditionQuote(offer: Offer, key: 'drivingLicence' | 'travel' | 'housing'): string | null {
  const value = offer[key];
  if (value === null) return null;
  return offer.quotes[key] ?? (typeof value === 'string' ? value : null);
}

/**
 * The practical conditions the offer states (licence, travel, housing), the one asked about
 * first: each stated one quoted from the document, the silent ones named. Null when the
 * document states none and none was asked about.
 */
function conditionsAnswer(
  offer: Offer,
  name: string,
  asked: DocumentTopic | null,
): { text: string; silent: boolean } | null {
  const read = CONDITION_FIELDS.map(({ topic, key }) => ({
    topic,
    words: conditionQuote(offer, key),
  }));
  const asAsked = read.find(({ topic }) => topic === asked);
  const others = read.filter((condition) => condition !== asAsked);
  const said = others.flatMap(({ topic, words }) => (words === null ? [] : [{ topic, words }]));
  const unstated = others.filter(({ words }) => words === null).map(({ topic }) => topic.label);
  let lines: string[];
  let silent = false;
  if (asAsked === undefined) {
    if (said.length === 0) return null;
    lines = [messages.documentSays(name, 'ses conditions')];
  } else if (asAsked.words === null) {
    const passages = passagesAbout(offer.body, asAsked.topic, 2);
    silent = passages.length === 0;
    lines =
      passages.length === 0
        ? [messages.documentSilent(name, asAsked.topic.label)]
        : [`${messages.documentSays(name, asAsked.topic.label)}\n${quote(passages)}`];
  } else {
    lines = [`${messages.documentSays(name, asAsked.topic.label)}\n« ${asAsked.words} »`];
  }
  lines.push(...said.map(({ topic, words }) => messages.conditionSaid(topic.label, words)));
  if (unstated.length > 0) lines.push(messages.conditionsSilent(unstated));
  return { text: lines.join('\n'), silent };
}

/**
 * "Faut-il le permis ?", "y a-t-il un logement ?", "des déplacements ?": answered from the
 * offer's licence, travel and housing facets, quoting the document for each it states and naming
 * those it is silent on; other topics (hours, on-call duty) with the offer's own sentences, or by
 * saying the document is silent.
 */
export const offerConditions: Handler = aboutOffer(
  'offer.conditions',
  (entry, { understanding }) => {
    const name = offerName(entry);
    const topic = topicById(understanding.query.topic);
    const faceted = topic === null || CONDITION_FIELDS.some((c) => c.topic === topic);
    if (faceted) {
      return conditionsAnswer(entry.offer, name, topic) ?? { text: messages.conditionsWhich(name) };
    }
    const passages = passagesAbout(entry.offer.body, topic, 3);
    if (passages.length === 0)
      return { text: messages.documentSilent(name, topic.label), silent: true };
    return { text: `${messages.documentSays(name, topic.label)}\n${quote(passages)}` };
  },
);

/**
 * "Comment postuler ?": the offer's application facet in full (e-mail, postal or drop-off
 * address, page to apply on, every document to send) with the document's words it was read
 * from; without it, the document's own sentences on applying, or where the official notice says it.
 */
export const offerApply: Handler = aboutOffer('offer.apply', (entry) => {
  const { offer } = entry;
  const name = offerName(entry);
  const application = offer.application;
  if (application !== null) {
    const lines = [messages.applyHow(name)];
    if (application.email !== null) lines.push(messages.applyEmail(application.email));
    if (application.address !== null) lines.push(messages.applyAddress(application.address));
    if (application.url !== null) lines.push(messages.applyUrl(application.url));
    if (application.documents.length > 0)
      lines.push(messages.applyDocuments, ...application.documents.map((d) => `• ${d}`));
    const words = offer.quotes.application;
    if (words !== undefined && words !== '') lines.push(messages.applyQuote(words));
    return { text: lines.join('\n'), quickReplies: [messages.quick.deadline] };
  }
  const passages = passagesAbout(offer.body, APPLY, 6);
  if (passages.length === 0) return { text: messages.applyUnknown(name), silent: true };
  return {
    text: `${messages.documentSays(name, APPLY.label)}\n${quote(passages)}`,
    quickReplies: [messages.quick.deadline],
  };
});
