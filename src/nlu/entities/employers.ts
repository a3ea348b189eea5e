import table from '../../text/lexicon/employers.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';

/** An employer the user named. */
export interface EmployerMention {
  /** How to say it in French ("l'OPT-NC"). */
  name: string;
  /** The words looked for in the offers' employer names. */
  phrase: string;
  /** The words of the message that named it. */
  said: string;
}

const FORMS = table.employers
  .flatMap((e) => e.forms.map((form) => ({ form: normalizeWords(form), employer: e })))
  .sort((a, b) => b.form.length - a.form.length);

/**
 * The employer a message names, by its usual names and acronyms
 * ("l'OPT", "à la CAFAT", "au gouvernement"); null when none.
 */
export function findEmployer(words: readonly string[]): EmployerMention | null {
  const padded = ` ${words.join(' ')} `;
  const hit = FORMS.find((f) => padded.includes(` ${f.form} `));
  return hit === undefined
    ? null
    : { name: hit.employer.name, phrase: hit.employer.phrase, said: hit.form };
}
