import type { ComparedKind } from '../fields/fieldSpec.ts';
import { normalizeWords } from '../../text/normalize.ts';
import { formatShortDate } from '../../time/noumea.ts';

/** How one kind of compared fact tells two values apart, and writes a value in a warning. */
interface Comparison {
  same(a: unknown, b: unknown): boolean;
  text(value: unknown): string;
}

const words = (value: unknown) => normalizeWords(String(value));
/** The same words, or one's words the other's with words added before or after ("DPSP – Chef de…"). */
const sameWords = (a: string, b: string) =>
  a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
const items = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a.map(words));
  const right = new Set(b.map(words));
  return left.size === right.size && [...left].every((item) => right.has(item));
};
type ResidenceLike = { text?: unknown; years?: unknown } | null;
const residenceOf = (value: unknown) => (value ?? {}) as NonNullable<ResidenceLike>;

/** What the warnings call yes and no (an exigence stated or not). */
export const FLAG_TEXTS = { yes: 'oui', no: 'non' } as const;

/** One comparison per kind of fact (the table's `compared.as`). */
export const COMPARISONS: Readonly<Record<ComparedKind, Comparison>> = {
  exact: { same: (a, b) => a === b, text: String },
  words: { same: (a, b) => sameWords(words(a), words(b)), text: String },
  day: { same: (a, b) => a === b, text: (day) => formatShortDate(String(day)) },
  set: { same: (a, b) => sameSet(items(a), items(b)), text: (v) => items(v).join(', ') },
  residence: {
    same: (a, b) => {
      const [left, right] = [residenceOf(a), residenceOf(b)];
      return typeof left.years === 'number' && typeof right.years === 'number'
        ? left.years === right.years
        : words(left.text) === words(right.text);
    },
    text: (value) => String(residenceOf(value).text ?? ''),
  },
  flag: { same: (a, b) => a === b, text: (v) => (v ? FLAG_TEXTS.yes : FLAG_TEXTS.no) },
};
