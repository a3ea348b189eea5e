import type { z } from 'zod';
import {
  fieldSpec,
  OFFER_FIELD_KEYS,
  OFFER_FIELDS,
  type OfferFieldKey,
  type OfferFieldTable,
} from './fields/offerFields.ts';
import type { Offer } from './offer.ts';

/** The fields whose texts are interned: the table's `texts.intern`. */
type Interned = {
  [K in OfferFieldKey]: OfferFieldTable[K]['texts'] extends { intern: true } ? K : never;
}[OfferFieldKey];

/**
 * The texts of an offer that repeat across offers ("Gouvernement de la Nouvelle-Calédonie" on
 * 5,551 of 20,000 offers, "au moins égale à 10 ans" on 7,977, "Etre titulaire du permis B" on
 * 5,079...). The parse cache writes them once, in a table, and each offer refers to them by
 * index: read back, every occurrence is the same string (duplicates took ~30 MB of heap when each
 * came back as its own string, measured in a heap snapshot), and there are far fewer strings to
 * deserialise. Reference, source and body are each offer's own and stay as they are: the
 * interned fields are those the table marks `texts.intern`.
 */
const INTERNED = OFFER_FIELD_KEYS.filter(
  (key) => fieldSpec(key).texts?.intern === true,
) as Interned[];

/** A value with each of its texts (however deep) as `T`. */
export type Texts<V, T> = V extends string
  ? T
  : V extends readonly (infer U)[]
    ? Texts<U, T>[]
    : V extends object
      ? { [K in keyof V]: Texts<V[K], T> }
      : V;

/** An offer's fields (body apart) with the texts of its interned fields as `T`: strings in memory, table indices on disk. */
export type TextsAs<T> = {
  [K in Exclude<keyof Offer, 'body'>]: K extends Interned ? Texts<Offer[K], T> : Offer[K];
};

/**
 * Every text of a value replaced by `f(text)`, however deep (a list's items, an object's fields),
 * found by the field's schema: on disk the texts are numbers like any other number.
 */
function mapSchemaTexts(schema: z.ZodType, value: unknown, f: (text: never) => unknown): unknown {
  const def = schema.def as {
    type: string;
    innerType?: z.ZodType;
    element?: z.ZodType;
    shape?: Record<string, z.ZodType>;
    valueType?: z.ZodType;
  };
  if (value === null || value === undefined) return value;
  switch (def.type) {
    case 'string':
      return f(value as never);
    case 'nullable':
    case 'optional':
      return def.innerType === undefined ? value : mapSchemaTexts(def.innerType, value, f);
    case 'array':
      return (value as unknown[]).map((item) =>
        def.element === undefined ? item : mapSchemaTexts(def.element, item, f),
      );
    case 'object': {
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, inner] of Object.entries(def.shape ?? {}))
        out[key] = mapSchemaTexts(inner, out[key], f);
      return out;
    }
    case 'record': {
      // Keys are field names (short, fixed); only the values are texts worth writing once.
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value as Record<string, unknown>))
        out[key] = def.valueType === undefined ? inner : mapSchemaTexts(def.valueType, inner, f);
      return out;
    }
    default:
      return value;
  }
}

/** The same fields with each repeated text replaced by `f(text)`. */
export function mapTexts<A, B>(fields: TextsAs<A>, f: (text: A) => B): TextsAs<B> {
  const out: Record<string, unknown> = { ...fields };
  for (const key of INTERNED)
    out[key] = mapSchemaTexts(OFFER_FIELDS[key].schema, fields[key], f as (text: never) => B);
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
