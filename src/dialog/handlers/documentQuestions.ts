import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { passagesAbout, topicOfQuestion, TOPICS } from '../documentSearch.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

const APPLY = TOPICS.find((t) => t.id === 'candidature')!;

function quote(passages: string[]): string {
  return passages.map((p) => `« ${p} »`).join('\n');
}

/**
 * "Faut-il le permis ?", "y a-t-il un logement ?": answered with the offer's
 * own sentences on that topic, or by saying the document is silent.
 */
export const offerConditions: Handler = aboutOffer(
  'offer.conditions',
  (entry, { understanding }) => {
    const name = offerName(entry);
    const topic = topicOfQuestion(understanding.text);
    if (topic === null) return { text: messages.conditionsWhich(name) };
    const passages = passagesAbout(entry.offer.body, topic);
    if (passages.length === 0) return { text: messages.documentSilent(name, topic.label) };
    return { text: `${messages.documentSays(name, topic.label)}\n${quote(passages)}` };
  },
);

/** "Comment postuler ?": the document's own instructions, or where the official notice says it. */
export const offerApply: Handler = aboutOffer('offer.apply', (entry) => {
  const name = offerName(entry);
  const passages = passagesAbout(entry.offer.body, APPLY, 6);
  if (passages.length === 0) return { text: messages.applyUnknown(name) };
  return {
    text: `${messages.documentSays(name, APPLY.label)}\n${quote(passages)}`,
    quickReplies: [messages.quick.deadline],
  };
});
