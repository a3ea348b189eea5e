import { fieldSpec, OFFER_FIELD_KEYS, type OfferFieldKey } from '../fields/offerFields.ts';
import { prepareDocument } from './document.ts';
import { resolveFieldValues } from './fieldValues.ts';
import type { OfferDraft, ParseContext } from './types.ts';

/** Prepares a document for the parsers: lines, labels and labelled values. */
export function createContext(text: string, source: string): ParseContext {
  const doc = prepareDocument(text);
  return { text, source, doc, fields: resolveFieldValues(doc) };
}

/** A field's value before any parser ran: null, an empty list, or an empty text (the body). */
function emptyValue(key: OfferFieldKey, source: string): unknown {
  const spec = fieldSpec(key);
  if ('meta' in spec.document && spec.document.meta === 'source') return source;
  if ('meta' in spec.document && spec.document.meta === 'quotes') return {};
  if ('meta' in spec.document && spec.document.meta === 'read') return true;
  if (spec.required || spec.schema.safeParse(null).success) return null;
  return spec.schema.safeParse([]).success ? [] : '';
}

/** A draft where every field of the table is still unknown (null, empty lists), plus the parsers' evidence. */
export function emptyDraft(source: string): OfferDraft {
  const fields = Object.fromEntries(OFFER_FIELD_KEYS.map((key) => [key, emptyValue(key, source)]));
  return {
    ...(fields as Omit<OfferDraft, 'referenceDate' | 'found'>),
    referenceDate: null,
    found: { publishedOn: null, deadline: null },
  };
}
