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

/**
 * Longest block quote kept (the whole application block: the real ones are under 2,000
 * characters with their links written in full); under the schema's item cap.
 */
export const MAX_BLOCK_QUOTE_LENGTH = 4_000;

/**
 * A block quote within {@link MAX_BLOCK_QUOTE_LENGTH}, cut after its last whole line (else its
 * last sentence, else its last word) and a line "…" marking the cut: never mid-sentence when
 * the block has lines or sentences to cut at.
 */
function quotedBlock(quote: string): string {
  if (quote.length <= MAX_BLOCK_QUOTE_LENGTH) return quote;
  const cut = quote.slice(0, MAX_BLOCK_QUOTE_LENGTH - 2);
  const at = [cut.lastIndexOf('\n'), cut.lastIndexOf('. ') + 1, cut.lastIndexOf(' ')].find(
    (i) => i > MAX_BLOCK_QUOTE_LENGTH / 2,
  );
  return `${cut.slice(0, at ?? cut.length).trimEnd()}\n…`;
}

/** The quote, cut after its last whole word within {@link MAX_QUOTE_LENGTH} ("…" marks the cut). */
function quoted(quote: string, block = false): string {
  if (block) return quotedBlock(quote);
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
      draft.quotes[key] = quoted(found.quote, found.block);
    }
  },
};
