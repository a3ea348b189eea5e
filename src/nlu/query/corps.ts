import table from '../../text/lexicon/corps.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import { polarities } from './negation.ts';
import { extractor } from './extractor.ts';
import type { CorpsMention } from './query.ts';
import { sameWord, singular, takenPositions } from './wordForms.ts';

const LEXICON = table.corps.map(normalizeWords);
const CUES = table.cues.map((cue) => normalizeWords(cue).split(' '));
const FUNCTION_WORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'au', 'aux', 'a']);

/** The phrases to look for: the catalog's corps (as printed, normalised) and the lexicon's, longest first. */
const phrasesByList = new WeakMap<readonly string[], string[][]>();

function phrasesFor(catalogCorps: readonly string[]): string[][] {
  let phrases = phrasesByList.get(catalogCorps);
  if (phrases === undefined) {
    const all = [...new Set([...catalogCorps.map(normalizeWords), ...LEXICON])];
    phrases = all.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
    phrasesByList.set(catalogCorps, phrases);
  }
  return phrases;
}

/** True when a cue ("corps", "grade") ends just before `at` (function words skipped). */
function cuedBefore(words: readonly string[], at: number): boolean {
  let i = at;
  while (i > 0 && FUNCTION_WORDS.has(words[i - 1]!)) i -= 1;
  return CUES.some((cue) => cue.every((w, k) => words[i - cue.length + k] === w));
}

/**
 * Corps a message names ("contrôleur", "les cadres techniques", "relevant d'un emploi
 * fonctionnel", "agent d'exploitation"), plural or singular, longest first. A one-word corps that
 * the catalog's titles also hold ("technicien") is a corps only after a cue ("le corps des
 * techniciens"): otherwise it names a job, left to the title search.
 */
export const corps = extractor('corps', ({ words, vocabulary }, sofar): CorpsMention[] => {
  const taken = takenPositions(words, [
    ...sofar.places.map((p) => p.place.said),
    ...sofar.units.map((u) => u.said),
  ]);
  const found: Array<{ at: number; mention: CorpsMention }> = [];
  const said = new Set(words.map(singular));
  for (const phrase of phrasesFor(vocabulary.corps())) {
    if (!said.has(singular(phrase[0]!))) continue; // a phrase starts with a word the message says
    for (let at = 0; at + phrase.length <= words.length; at += 1) {
      const span = phrase.map((_, k) => at + k);
      if (span.some((i) => taken.has(i))) continue;
      if (!phrase.every((w, k) => sameWord(words[at + k]!, w))) continue;
      if (phrase.length === 1 && vocabulary.inTitles(words[at]!) && !cuedBefore(words, at))
        continue;
      for (const i of span) taken.add(i);
      found.push({
        at,
        mention: {
          phrase: phrase.map(singular).join(' '),
          said: words.slice(at, at + phrase.length).join(' '),
          polarity: 'in',
        },
      });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const polarity = polarities(
    words,
    found.map((f) => ({ start: f.at, end: f.at + f.mention.said.split(' ').length })),
  );
  // "ne sont pas pour les cadres d'exploitation": a negation before a corps excludes it
  return found.map((f, i) => ({ ...f.mention, polarity: polarity[i]! }));
});
