import table from '../../text/lexicon/glossary.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import { extractor } from './extractor.ts';

/** Every form of every term, longest first ("cadre d'emploi" before "corps"). */
const FORMS = table.terms
  .flatMap((term) => term.forms.map((form) => ({ form: ` ${normalizeWords(form)} `, id: term.id })))
  .sort((a, b) => b.form.length - a.form.length);

/** The glossary term a message names, by its id. */
export const term = extractor('term', ({ words }) => {
  const padded = ` ${words.join(' ')} `;
  return FORMS.find((f) => padded.includes(f.form))?.id ?? null;
});
