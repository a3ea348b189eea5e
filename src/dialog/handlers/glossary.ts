import table from '../../text/lexicon/glossary.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import { messages } from '../messages.fr.ts';
import { answer } from '../render.ts';
import type { Handler } from '../turnContext.ts';

const FORMS = table.terms
  .flatMap((term) => term.forms.map((form) => ({ form: normalizeWords(form), term })))
  .sort((a, b) => b.form.length - a.form.length);

/** The glossary term a message asks about (longest form first: "cadre d'emploi" before "corps"). */
export function glossaryTerm(text: string): (typeof table.terms)[number] | null {
  const padded = ` ${normalizeWords(text)} `;
  return FORMS.find((f) => padded.includes(` ${f.form} `))?.term ?? null;
}

/** "C'est quoi un corps ?": a short definition from the glossary table, or the list of terms it knows. */
export const glossary: Handler = ({ understanding, state }) => {
  const term = glossaryTerm(understanding.text);
  const text = term === null ? messages.glossaryUnknown : term.definition;
  return {
    answer: answer('glossary', text, {
      quickReplies: term === null ? [...messages.glossaryExamples] : [messages.quick.openOffers],
    }),
    state: { ...state, lastIntent: 'glossary' },
  };
};
