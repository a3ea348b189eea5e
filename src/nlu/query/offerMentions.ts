import { findReferences, findShortNumbers } from '../entities/references.ts';
import { normalizeWords } from '../../text/normalize.ts';
import type { ExtractionInput } from './extractor.ts';
import { extractor } from './extractor.ts';
import { withoutPersonRequest } from './person.ts';
import type { JobMention, OfferMention } from './query.ts';

/** A title is named when its score (coverage, or a distinctive word, by precision) reaches this. */
const MIN_TITLE_SCORE = 0.3;
/** Titles scoring at least this share of the best are kept as candidates. */
const CLOSE_TO_BEST = 0.75;
/**
 * The candidates a mention keeps, at most: a title shared by more offers names a group (a listing
 * reads it by its words), and a turn never walks thousands of offers to name one.
 */
export const MAX_CANDIDATES = 200;
/** A message of at most this many words is terse: a bare number in it is a short number ("754 ?"). */
const TERSE_WORDS = 3;
/** Where a message naming several offers separates them ("entre X et Y", "X, Y", "X vs Y"). */
const BETWEEN_OFFERS = /[,;]|\b(?:et|ou|entre|vs|versus)\b/i;

/** References written in full, then short numbers that read like one and are one in the catalog. */
function numbered({ text, said, words, today, vocabulary }: ExtractionInput): OfferMention[] {
  const mentions: OfferMention[] = findReferences(said).map((reference) => ({
    said: reference,
    by: 'reference',
    candidates: vocabulary.has(reference) ? [reference] : [],
    written: reference,
  }));
  const terse = words.length <= TERSE_WORDS;
  for (const number of findShortNumbers(text)) {
    if (!number.cued && !terse) continue;
    const candidates = vocabulary.referencesNumbered(number.digits, today);
    if (candidates.length > 0)
      mentions.push({ said: number.digits, by: 'number', candidates, written: number.digits });
  }
  return mentions;
}

/** The title a phrase names (the candidates close to the best, best first), with the words that named it. */
function titleMention(phrase: string, { today, vocabulary }: ExtractionInput): OfferMention | null {
  const matches = vocabulary
    .titleMatches(phrase, today, MAX_CANDIDATES)
    .filter((m) => m.score >= MIN_TITLE_SCORE);
  const best = matches[0];
  if (best === undefined) return null;
  const naming = vocabulary.titleWords(phrase);
  const said = normalizeWords(phrase)
    .split(' ')
    .filter((w) => naming.has(w));
  const close = matches.filter((m) => m.score >= best.score * CLOSE_TO_BEST);
  return {
    said: said.join(' '),
    by: 'title',
    candidates: close.map((m) => m.reference),
    written: null,
  };
}

/** The offers a kind of job said in the phrase stands for, when the catalog has some. */
function jobMention(
  phrase: string,
  jobs: readonly JobMention[],
  { today, vocabulary }: ExtractionInput,
): OfferMention | null {
  const padded = ` ${normalizeWords(phrase)} `;
  for (const job of jobs) {
    if (!padded.includes(` ${job.said} `)) continue;
    const candidates = vocabulary.titlesHolding(job.titleWords, today, MAX_CANDIDATES);
    if (candidates.length > 0) return { said: job.said, by: 'job', candidates, written: null };
  }
  return null;
}

/** What a phrase names: a title, else a kind of job the catalog offers. */
function phraseMention(
  phrase: string,
  jobs: readonly JobMention[],
  input: ExtractionInput,
): OfferMention | null {
  return titleMention(phrase, input) ?? jobMention(phrase, jobs, input);
}

/**
 * The offers a message names, in order: references written in any form and short numbers
 * ("0747", "l'offre 754"); else the titles or kinds of job of each phrase when the message
 * names several offers ("entre le chef d'agence de Koné et le chef de section SAV"), else the
 * title or job the whole message names. Reads the jobs (`sofar.jobs`).
 */
export const offerMentions = extractor('offers', (input, sofar) => {
  const numbers = numbered(input);
  if (numbers.length > 0) return numbers;
  const phrases = input.text.split(BETWEEN_OFFERS).filter((p) => p.trim() !== '');
  if (phrases.length > 1) {
    const named: OfferMention[] = [];
    for (const phrase of phrases) {
      const mention = phraseMention(phrase, sofar.jobs, input);
      if (mention !== null && !named.some((m) => m.candidates[0] === mention.candidates[0]))
        named.push(mention);
    }
    if (named.length > 1) return named;
  }
  // A request to talk to a person ("à un humain") names no title: its words are not read.
  const text = sofar.person ? withoutPersonRequest(input.words) : input.text;
  const whole = phraseMention(text, sofar.jobs, input);
  return whole === null ? [] : [whole];
});
