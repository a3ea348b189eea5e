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

/** The application facts a block quote does not already show (a feed's e-mail, say). */
function applicationExtras(
  application: NonNullable<Offer['application']>,
  shown: string,
): string[] {
  const said = shown.toLowerCase();
  const missing = (value: string | null): value is string =>
    value !== null && !said.includes(value.toLowerCase());
  const lines: string[] = [];
  if (missing(application.email)) lines.push(messages.applyEmail(application.email));
  if (missing(application.address)) lines.push(messages.applyAddress(application.address));
  if (missing(application.url)) lines.push(messages.applyUrl(application.url));
  return lines;
}

/**
 * "Comment postuler ?": the document's whole application block (where, how, every document to
 * send, its links and addresses written in full) as the application facet quoted it, plus any
 * fact of the facet the block does not show; without a quote, the facet's facts in short;
 * without the facet, the document's own sentences on applying, or where the official notice says it.
 */
export const offerApply: Handler = aboutOffer('offer.apply', (entry) => {
  const { offer } = entry;
  const name = offerName(entry);
  const application = offer.application;
  const words = offer.quotes.application;
  if (application !== null && words !== undefined && words !== '') {
    const lines = [messages.applyBlock(name), words, ...applicationExtras(application, words)];
    return { text: lines.join('\n'), quickReplies: [messages.quick.deadline] };
  }
  if (application !== null) {
    const lines = [messages.applyHow(name), ...applicationExtras(application, '')];
    if (application.documents.length > 0)
      lines.push(messages.applyDocuments, ...application.documents.map((d) => `• ${d}`));
    return { text: lines.join('\n'), quickReplies: [messages.quick.deadline] };
  }
  const passages = passagesAbout(offer.body, APPLY, 6);
  if (passages.length === 0) return { text: messages.applyUnknown(name), silent: true };
  return {
    text: `${messages.documentSays(name, APPLY.label)}\n${quote(passages)}`,
    quickReplies: [messages.quick.deadline],
  };
});
