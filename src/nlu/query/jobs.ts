import table from '../../text/lexicon/jobWords.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import { extractor } from './extractor.ts';
import type { JobMention } from './query.ts';

/** One way of saying a kind of job, as normalised words, with the family it belongs to. */
interface JobForm {
  words: string[];
  label: string;
  titleWords: string[];
}

/** Every form of every family, longest first: "sécurité informatique" is read before "informatique". */
const FORMS: readonly JobForm[] = table.families
  .flatMap((family) =>
    family.forms.map((form) => ({
      words: normalizeWords(form).split(' '),
      label: family.label,
      titleWords: family.titleWords.map(normalizeWords),
    })),
  )
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Kinds of job named in everyday words (`jobWords.fr.json`): "compta", "un poste RH",
 * "sécurité informatique". Longer forms first, a word read by one form is not reused; one
 * mention per family, in the order said.
 */
export const jobs = extractor('jobs', ({ words }) => {
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Array<{ at: number; mention: JobMention }> = [];
  const said = new Set(words);
  for (const form of FORMS) {
    if (!said.has(form.words[0]!)) continue;
    const size = form.words.length;
    for (let at = 0; at + size <= words.length; at += 1) {
      if (words[at] !== form.words[0]) continue;
      if (form.words.some((w, i) => words[at + i] !== w)) continue;
      if (taken.slice(at, at + size).some(Boolean)) continue;
      taken.fill(true, at, at + size);
      found.push({
        at,
        mention: { label: form.label, titleWords: form.titleWords, said: form.words.join(' ') },
      });
    }
  }
  const byLabel = new Map<string, JobMention>();
  for (const { mention } of found.sort((a, b) => a.at - b.at))
    if (!byLabel.has(mention.label)) byLabel.set(mention.label, mention);
  return [...byLabel.values()];
});
