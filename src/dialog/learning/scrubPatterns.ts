import firstNameTable from '../../text/lexicon/firstNames.fr.json' with { type: 'json' };
import { FRENCH_MONTHS } from '../../text/frenchMonths.ts';

/**
 * What is taken out of a user's message before it is kept for learning, in the
 * order applied. Patterns run on normalised text (lower case, no accents, see
 * `normalize()`), so they only need lower-case ASCII letters. Each match is
 * replaced by its placeholder; table-tested in `test/dialog/learning/scrub.test.ts`.
 * Every pattern is linear: bounded repetitions, or repetitions whose items cannot
 * overlap (each starts with what the previous one cannot end with), so a 500-character
 * message costs microseconds whatever it holds (same test file, adversarial inputs).
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

/** Month names and abbreviations, longest first ("janvier" before "janv"). */
const MONTH = String.raw`(?:${Object.keys(FRENCH_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\b\.?`;
/** A date as written in a message: 03/03/1990, 3-3-90, 1er janvier 2001, 3 fevr. 1990, mars 1990, 1990. */
const DATE = String.raw`(?:\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:\d{4}|\d{2})\b|(?:1er|\d{1,2}) ${MONTH}(?: \d{4}\b)?|${MONTH} \d{4}\b|(?:19|20)\d{2}\b)`;
/** What announces a birth date: "ne le", "nee en", "ne(e) le", "dn", "ddn", "date de naissance (est le)". */
const BORN = String.raw`(?:\bnee?s?(?:\(e\)s?)? (?:le|en) |\b(?:d\.?d\.?n|d\.?n|date de naissance)\b\.?(?: ?: ?| )(?:(?:est|c'est) )?(?:(?:le|du|en) )?)`;

/** Words that open a name when a first name follows ("je suis jean dupont", "c'est marie"). */
const FIRST_NAME_INTRO = "(?:je suis|jsuis|j'suis|c'est)";
/** A known first name, hyphenated ones included ("jean-pierre", "marie-claire"). */
const FIRST_NAME = String.raw`(?:${firstNameTable.names.join('|')})(?:-[a-z]+)?\b`;
/** Phrases after which a name always follows. */
const NAME_INTRO =
  "(?:je m'appelle|je m'appel|je mappelle|je mapelle|j'm'appelle|je me nomme|je me presente|mon (?:nom|prenom)(?: de famille)? (?:est|c'est)|moi c'est)(?: ?[:,] ?| )";
/** Labels a name follows after a colon ("nom : dupont", "mon prenom: sione"). */
const NAME_LABEL = '(?:mon |ma )?(?:nom(?: de famille)?|prenom) ?: ?';

/** Up to four words of a street name ("des flamboyants"), stopping where the sentence goes on. */
const WORDS = String.raw`(?:\s+(?!(?:et|je|j|mais|qui|pour|est|a|au|avec|cherche|depuis)\b)[a-z][a-z'-]*){0,4}`;

export const SCRUB_PATTERNS: readonly ScrubPattern[] = [
  // Starts only where a run of address characters starts: tried from every position of a long
  // run, the scan for the '@' made this pattern quadratic.
  {
    name: 'email',
    pattern: /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g,
    replacement: '<email>',
  },
  { name: 'url', pattern: /\b(?:https?:\/\/|www\.)\S+/g, replacement: '<url>' },
  // FR76 3000 6000 0112 3456 7890 189 (New Caledonian banks use French-format IBANs): groups of
  // four, no group of four letters (a word), a short numeric tail (the key).
  {
    name: 'iban',
    pattern: /\b[a-z]{2}\d{2}(?:[ -]?(?![a-z]{4})[a-z0-9]{4}){3,7}(?:[ -]?\d{1,3})?\b/g,
    replacement: '<iban>',
  },
  // Card numbers as printed: 4970 1012 3456 7890, 4970-1012-3456-7890 (13 to 19 digits), or
  // 3782 822463 10005. A run of digits without separators is a long number below.
  {
    name: 'card number',
    pattern: /\b(?:\d{4}([ -])\d{4}\1\d{4}(?:\1\d{1,4}){1,2}|\d{4}([ -])\d{6}\2\d{4,5})\b/g,
    replacement: '<carte>',
  },
  // Before the numbers: the digits of a date would otherwise read as a reference or a phone.
  {
    name: 'birth date',
    pattern: new RegExp(BORN + DATE, 'g'),
    replacement: '<naissance>',
  },
  // Offer references are not personal, but one slot lets questions about different offers add up.
  {
    name: 'reference',
    pattern:
      /(?<![\d/.-])\b(?:\d{4}\s*-\s*)?\d{2}\s*[-/]\s*\d{3,4}(?:\s*\/\s*[a-z]{2})?\b(?![/.-]\d)/g,
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
  // Seven digits or more in a row (RIDET with its establishment number, CAFAT, social security,
  // bank or ID numbers), or four groups and more of digits (1 85 03 75 116 238 42).
  {
    name: 'long number',
    pattern: /\b(?:\d{7,}(?:[ .-]\d{3})?|\d{1,3}(?:[ .]\d{2,3}){3,})\b/g,
    replacement: '<nombre>',
  },
  // New Caledonian numbers: six digits, grouped by two with one kind of separator (26 77 98, 79.12.34, 267798).
  { name: 'local phone', pattern: /\b\d{2}([\s.-]?)\d{2}\1\d{2}\b/g, replacement: '<tel>' },
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
    pattern: new RegExp(String.raw`\b(${NAME_INTRO}|${NAME_LABEL})(?:${CIVILITY} ?)?${NAME}`, 'g'),
    replacement: '$1<nom>',
  },
  // "je suis jean dupont", "c'est marie": only a known first name, so "je suis infirmier" stays.
  {
    name: 'first name',
    pattern: new RegExp(
      String.raw`\b(${FIRST_NAME_INTRO} )${FIRST_NAME}(?: (?!${NOT_A_NAME})[a-z][a-z'-]*){0,2}`,
      'g',
    ),
    replacement: '$1<nom>',
  },
  // "je suis m. dupont", "mme wamytan a appele": a civility always introduces a name.
  {
    name: 'civility and name',
    pattern: new RegExp(String.raw`(?<![a-z])${CIVILITY}\s*${NAME}`, 'g'),
    replacement: '<nom>',
  },
];
