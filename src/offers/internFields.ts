import type { Offer } from './offer.ts';

/**
 * The texts of an offer that repeat across offers ("Gouvernement de la Nouvelle-Calédonie" on
 * 5,551 of 20,000 offers, "au moins égale à 10 ans" on 7,977, "Etre titulaire du permis B" on
 * 5,079...). The parse cache writes them once, in a table, and each offer refers to them by
 * index: read back, every occurrence is the same string (duplicates took ~30 MB of heap when each
 * came back as its own string, measured in a heap snapshot), and there are far fewer strings to
 * deserialise. Reference, source and body are each offer's own and stay as they are.
 */
const SINGLE = [
  'title',
  'employer',
  'corps',
  'direction',
  'location',
  'publishedOn',
  'deadline',
  'deadlineNote',
  'previousDeadline',
  'startDate',
  'respncJob',
] as const;
const LISTS = ['missions', 'requirements', 'warnings'] as const;

type Single = (typeof SINGLE)[number];
type List = (typeof LISTS)[number];

/** An offer's fields (body apart) with its repeated texts as `T`: strings in memory, table indices on disk. */
export type TextsAs<T> = Omit<Offer, 'body' | Single | List | 'residence'> & {
  [K in Single]: null extends Offer[K] ? T | null : T;
} & { [K in List]: T[] } & {
  residence: { text: T; years: number | null } | null;
};

/** The same fields with each repeated text replaced by `f(text)`. */
export function mapTexts<A, B>(fields: TextsAs<A>, f: (text: A) => B): TextsAs<B> {
  const out: Record<string, unknown> = { ...fields };
  for (const key of SINGLE) {
    const value = fields[key] as A | null;
    out[key] = value === null ? null : f(value);
  }
  for (const key of LISTS) out[key] = fields[key].map(f);
  out.residence =
    fields.residence === null ? null : { ...fields.residence, text: f(fields.residence.text) };
  return out as TextsAs<B>;
}

/** Numbers each distinct text once, in order of first use: `table` is what gets written. */
export class TextTable {
  readonly table: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.table.length;
      this.index.set(text, i);
      this.table.push(text);
    }
    return i;
  }
}

/** Reads a table written by `TextTable`; an index that is not in it throws (a damaged file). */
export function textAt(table: readonly unknown[]): (i: number) => string {
  return (i) => {
    const text = table[i];
    if (typeof text !== 'string') throw new Error(`texte ${i} absent de la table`);
    return text;
  };
}
