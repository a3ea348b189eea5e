import table from '../../text/lexicon/dates.fr.json' with { type: 'json' };
import { FRENCH_MONTHS, FRENCH_WEEKDAYS } from '../../text/frenchMonths.ts';

/** The word lists of `dates.fr.json`, by role. */
export type DateWordRole = keyof typeof table.words;
/** The preposition families of `dates.fr.json`. */
export type PrepositionRole = keyof typeof table.prepositions;

const abbreviations = new Set(table.monthAbbreviations);

/** Month number (1-12) by normalised spelling: `frenchMonths.ts` plus the typos of the lexicon. */
export const MONTHS: Readonly<Record<string, number>> = { ...FRENCH_MONTHS, ...table.monthTypos };

/** Weekday (0 = Sunday) by normalised spelling: `frenchMonths.ts` plus the typos of the lexicon. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  ...FRENCH_WEEKDAYS,
  ...table.weekdayTypos,
};

/** Small numbers written in words (`deux`, `quinze`). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = table.numbers;

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing alternation of the words, longest first (so `prochaine` wins over `prochain`). */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRegExp).join('|')})`;
}

/** The alternation of one word list of the lexicon. */
export function wordsOf(role: DateWordRole): string {
  return alternation(table.words[role]);
}

/** The alternation of one preposition family of the lexicon. */
export function prepositionsOf(role: PrepositionRole): string {
  return alternation(table.prepositions[role]);
}

/** Every month spelling (full names, abbreviations with an optional dot, typos). */
export const MONTH_ANY = `(?:${alternation(Object.keys(MONTHS))}\\.?)`;
/** Month spellings safe without a day number next to them (no `sept`, `dec`, `oct`...). */
export const MONTH_FULL = alternation(Object.keys(MONTHS).filter((m) => !abbreviations.has(m)));
/** Every weekday spelling. */
export const WEEKDAY_ANY = alternation(Object.keys(WEEKDAYS));
/** A day number: `1`, `01`, `1er`, `premier`. */
export const DAY_NUMBER = `(?:\\d{1,2}(?:er|ere)?|${wordsOf('first')})`;

/** Past-tense cues ("depuis", "publiées") that turn a bare date to its past reading. */
export const PAST_CUES = new RegExp(
  `(?:^|[^\\p{L}])${alternation(table.pastCues)}(?![\\p{L}])`,
  'u',
);
/** Where a clause ends, looking back from a date: punctuation or a linking word. */
export const CLAUSE_BREAK = new RegExp(
  `[.,;:!?]|(?:^|\\s)${alternation(table.clauseBreaks)}\\s`,
  'g',
);
/** Words after a date that make it a deadline ("le 30 juin au plus tard"). */
export const TRAILING_UNTIL = new RegExp(
  `^\\s*,?\\s*${alternation(table.trailingUntil)}(?![\\p{L}])`,
  'u',
);

/** Month number of a spelling (dot and case already folded), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.replace(/\.$/, '')];
}

/** Parses a day number (`1er`, `premier`, `15`) or a count (`15`, `quinze`). */
export function numberOf(word: string): number {
  const digits = /^\d+/.exec(word);
  if (digits) return Number(digits[0]);
  if (table.words.first.includes(word)) return 1;
  return NUMBER_WORDS[word] ?? Number.NaN;
}

/** Start of a word: not after a letter, a digit or an apostrophe ("jusqu'au" is one word here). */
export const WORD_START = "(?<![\\p{L}\\p{N}'])";
/** End of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A global, Unicode pattern whose source is wrapped in word boundaries. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`${WORD_START}${source}${WORD_END}`, 'gu');
}

/** Every preposition of the lexicon (before, until, within, after, from). */
export const ANY_PREPOSITION = alternation(Object.values(table.prepositions).flat());
