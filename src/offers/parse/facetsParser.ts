import { fieldSpec, OFFER_FIELD_KEYS, type OfferFieldKey } from '../fields/offerFields.ts';
// Registers the facet readers the table names (see `fields/facetReaders.ts`).
import './facets/tableFacets.ts';
import type { FieldParser, OfferDraft } from './types.ts';

/** The fields the table reads with a facet function, in table order. */
export const FACET_FIELDS: readonly OfferFieldKey[] = OFFER_FIELD_KEYS.filter(
  (key) => 'facet' in fieldSpec(key).document,
);

/** Longest quote kept: a facet read from a long paragraph keeps its start. */
export const MAX_QUOTE_LENGTH = 1_000;

/** The quote, cut after its last whole word within {@link MAX_QUOTE_LENGTH} ("…" marks the cut). */
function quoted(quote: string): string {
  if (quote.length <= MAX_QUOTE_LENGTH) return quote;
  const cut = quote.slice(0, MAX_QUOTE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Runs every facet of the table of offer fields (`document: { facet }`) in table order: each
 * found value is set on the draft and the document's words it came from kept in
 * `draft.quotes[key]`. A facet that finds nothing leaves the field unknown (null, empty list).
 * Skipped for a document the parser will refuse (no reference or no title).
 */
export const facetsParser: FieldParser = {
  name: 'facets',
  parse(context, draft: OfferDraft) {
    // A document without reference or title is refused: its facets would be read for nothing.
    if (draft.reference === null || draft.title === null) return;
    for (const key of FACET_FIELDS) {
      const source = fieldSpec(key).document;
      if (!('facet' in source)) continue;
      const found = source.facet(context);
      if (found === null) continue;
      (draft as unknown as Record<string, unknown>)[key] = found.value;
      draft.quotes[key] = quoted(found.quote);
    }
  },
};
