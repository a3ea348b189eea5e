import { normalizeReference } from '../../offers/reference.ts';
import numberTable from '../../text/lexicon/offerNumbers.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';

/** Reference-like tokens: `3134-25-0833/SR`, `3134-25-0833`, `25-0833`, `26-712`, `25/0833`. */
const REFERENCE_PATTERN = /\b(?:\d{4}\s*[-–]\s*)?\d{2}\s*[-–/]\s*\d{3,4}(?:\s*\/\s*[a-z]{2})?\b/gi;

/**
 * The offer references written in a message, normalised (`3134-25-0833/SR`),
 * in order of appearance, without repeats.
 */
export function findReferences(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REFERENCE_PATTERN)) {
    const reference = normalizeReference(match[0].replace(/\s+/g, '').replace('–', '-'));
    if (reference !== null && !found.includes(reference)) found.push(reference);
  }
  return found;
}

/** A short number written in a message (3 or 4 digits), and whether it reads like a reference. */
export interface ShortNumber {
  /** The digits as written ("0747", "754"). */
  digits: string;
  /** Where it starts in the text. */
  at: number;
  /** True when it reads like a reference: a leading zero, or after offre, poste, réf, n°... */
  cued: boolean;
}

const NUMBER_CUES = new Set(numberTable.cues.map(normalizeWords));
const NUMBER_UNITS = new Set(numberTable.units.map(normalizeWords));
/** A lone group of 3-4 digits: not part of a reference, a decimal, a range or "bac+3". */
const SHORT_NUMBER = /(?<![\d+/,.–-])\d{3,4}(?![\d/–-]|[.,]\d)/g;

/**
 * The lone 3-4 digit numbers of a message that may be an offer's short number: never a quantity
 * ("10 ans", "705 agents", "705 000 F"), never a group of a phone number ("20 64 60", "747 1234"),
 * never a reference's part (`26-0747`, read by {@link findReferences}).
 */
export function findShortNumbers(text: string): ShortNumber[] {
  const found: ShortNumber[] = [];
  for (const match of text.matchAll(SHORT_NUMBER)) {
    const at = match.index;
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + match[0].length, at + match[0].length + 24);
    if (/\d[\s.]*$/.test(before) || /^[\s.]*\d/.test(after)) continue;
    const next = normalizeWords(after).split(' ')[0] ?? '';
    if (NUMBER_UNITS.has(next) || /^\s*[%€]/.test(after)) continue;
    const previous = normalizeWords(before).split(' ').at(-1) ?? '';
    const cued = match[0].startsWith('0') || NUMBER_CUES.has(previous) || /n°\s*$/i.test(before);
    found.push({ digits: match[0], at, cued });
  }
  return found;
}
