import table from '../../text/lexicon/glossary.fr.json' with { type: 'json' };
import { messages } from '../messages.fr.ts';
import { answer } from '../render.ts';
import type { Handler } from '../turnContext.ts';

const TERMS = new Map(table.terms.map((term) => [term.id, term]));

/** "C'est quoi un corps ?": a short definition from the glossary table, or the list of terms it knows. */
export const glossary: Handler = ({ understanding, state }) => {
  const asked = understanding.query.term;
  const term = asked === null ? null : (TERMS.get(asked) ?? null);
  const text = term === null ? messages.glossaryUnknown : term.definition;
  return {
    answer: answer('glossary', text, {
      quickReplies: term === null ? [...messages.glossaryExamples] : [messages.quick.openOffers],
    }),
    state: { ...state, lastIntent: 'glossary' },
  };
};
