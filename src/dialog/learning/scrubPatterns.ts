/**
 * What is taken out of a user's message before it is kept for learning, in the
 * order applied. Patterns run on normalised text (lower case, no accents, see
 * `normalize()`), so they only need lower-case ASCII letters. Each match is
 * replaced by its placeholder; table-tested in `test/dialog/learning/scrub.test.ts`.
 */
export interface ScrubPattern {
  /** What the pattern removes, for the tests and the reader. */
  name: string;
  pattern: RegExp;
  /** What stands in for the match (the intent corpus can keep it as a slot). */
  replacement: string;
}

/** Civilities that introduce a surname ("m. dupont", "mme wamytan"). */
const CIVILITY = String.raw`(?:monsieur|madame|mademoiselle|mme|mlle|mr|m\.)`;
/** Words that end a name (the sentence goes on). */
const NOT_A_NAME = String.raw`(?:et|je|j|mais|qui|pour|de|du|des|la|le|les|un|une|a|au|aux|en|dans|sur|avec|ou|donc|car|est|suis|cherche|voudrais|veux|souhaite|aimerais)\b`;
/** One to three words of a name, stopping at a connecting word or punctuation. */
const NAME = String.raw`(?:(?!${NOT_A_NAME})[a-z][a-z'-]*)(?:\s+(?!${NOT_A_NAME})[a-z][a-z'-]*){0,2}`;

/** Up to four words of a street name ("des flamboyants"), stopping where the sentence goes on. */
const WORDS = String.raw`(?:\s+(?!(?:et|je|j|mais|qui|pour|est|a|au|avec|cherche|depuis)\b)[a-z][a-z'-]*){0,4}`;

export const SCRUB_PATTERNS: readonly ScrubPattern[] = [
  { name: 'email', pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g, replacement: '<email>' },
  { name: 'url', pattern: /\b(?:https?:\/\/|www\.)\S+/g, replacement: '<url>' },
  // Offer references are not personal, but one slot lets questions about different offers add up.
  {
    name: 'reference',
    pattern:
      /(?<![\d/.])\b(?:\d{4}\s*-\s*)?\d{2}\s*[-/]\s*\d{3,4}(?:\s*\/\s*[a-z]{2})?\b(?![/.]\d)/g,
    replacement: '<reference>',
  },
  // International numbers: +33 6 12 34 56 78, 0033..., +687 26.77.98.
  {
    name: 'international phone',
    pattern: /(?:\+|\b00)\s?\d{1,3}(?:[\s.-]?\d){6,12}\b/g,
    replacement: '<tel>',
  },
  // French numbers: 06 12 34 56 78.
  {
    name: 'french phone',
    pattern: /\b0\d([\s.-]?)\d{2}\1\d{2}\1\d{2}\1\d{2}\b/g,
    replacement: '<tel>',
  },
  // Seven digits or more in a row (RIDET, CAFAT, bank or ID numbers), or four groups and more of digits.
  {
    name: 'long number',
    pattern: /\b(?:\d{7,}|\d{1,3}(?:[ .]\d{2,3}){3,})\b/g,
    replacement: '<nombre>',
  },
  // New Caledonian numbers: six digits, grouped by two with one kind of separator (26 77 98, 79.12.34, 267798).
  { name: 'local phone', pattern: /\b\d{2}([\s.-]?)\d{2}\1\d{2}\b/g, replacement: '<tel>' },
  {
    name: 'birth date',
    pattern: /\bnee?s?\s+(?:le|en)\s+\d[\d/.-]*(?:\s+[a-z]+\s+\d{4})?/g,
    replacement: '<naissance>',
  },
  {
    name: 'street address',
    pattern: new RegExp(
      String.raw`\b\d{1,4}\s*(?:bis|ter)?,?\s+(?:rue|avenue|boulevard|bd|allee|impasse|route|chemin|lotissement|residence)\b${WORDS}`,
      'g',
    ),
    replacement: '<adresse>',
  },
  {
    name: 'introduced name',
    pattern: new RegExp(
      String.raw`\b(je m'appelle|je me nomme|mon nom est|mon nom c'est|mon nom :|moi c'est)\s+(?:${CIVILITY}\s*)?${NAME}`,
      'g',
    ),
    replacement: '$1 <nom>',
  },
  // "je suis m. dupont", "mme wamytan a appele": a civility always introduces a name.
  {
    name: 'civility and name',
    pattern: new RegExp(String.raw`(?<![a-z])${CIVILITY}\s*${NAME}`, 'g'),
    replacement: '<nom>',
  },
];
