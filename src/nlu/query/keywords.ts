import table from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import stopwordTable from '../../text/lexicon/stopwords.json' with { type: 'json' };
import notKeywords from '../../text/lexicon/keywords.fr.json' with { type: 'json' };
import { words as frenchStopwords } from 'natural/lib/natural/util/stopwords_fr.js';
import { normalizeWords } from '../../text/normalize.ts';
import { extractor } from './extractor.ts';
import type { Query } from './query.ts';

const STOPWORDS = new Set([...stopwordTable.words, ...frenchStopwords.map(normalizeWords)]);
/** Words of the listing lexicon (publication, closed, all, within, count, generic): never searched. */
const LEXICON_WORDS = new Set(
  [
    table.publication,
    table.closed,
    table.any,
    table.within,
    table.count,
    table.generic,
    table.closing,
  ]
    .flat()
    .flatMap((form) => normalizeWords(form).split(' ')),
);
/** Verbs, adjectives, question and organisation words of keywords.fr.json: never searched. */
const NOT_CONTENT = new Set([
  ...notKeywords.verbs,
  ...notKeywords.adjectives,
  ...notKeywords.others,
]);

/** Every word some extractor read. */
function saidWords(query: Readonly<Query>): Set<string> {
  const said = [
    ...query.offers.map((m) => m.said),
    ...query.places.map((p) => p.place.said),
    query.employer?.said ?? '',
    ...query.units.map((u) => u.said),
    ...query.corps.map((c) => c.said),
    ...query.jobs.map((j) => j.said),
    query.date?.said ?? '',
    query.sort?.said ?? '',
  ];
  return new Set(said.flatMap((s) => s.split(' ')));
}

/**
 * The words left to search in the offers' text: content words only. A word is searched when the
 * catalog's titles or missions hold it (a word met only in requirements' prose, "bon", "reste",
 * is not what an offer is about), and it is neither a function or question word, a generic word
 * (poste, emploi, travail, offre...), a verb or adjective of keywords.fr.json, nor a word another
 * extractor read. A searched word that matches no offer is said by the listing, never dropped.
 */
export const keywords = extractor('keywords', ({ words, vocabulary }, sofar) => {
  const taken = saidWords(sofar);
  return words.filter(
    (w) =>
      w.length > 2 &&
      !/^\d+$/.test(w) &&
      !STOPWORDS.has(w) &&
      !LEXICON_WORDS.has(w) &&
      !NOT_CONTENT.has(w) &&
      !taken.has(w) &&
      vocabulary.holdsContentWord(w),
  );
});
