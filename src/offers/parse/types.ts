import type { Offer } from '../offer.ts';
import type { OfferDocument } from './document.ts';
import type { FieldValue } from './fieldValues.ts';
import type { FrenchDate } from './frenchDate.ts';
import type { FieldKey } from './labels.ts';

/** What every parser and refiner reads: the prepared document and its labelled values. */
export interface ParseContext {
  text: string;
  source: string;
  doc: OfferDocument;
  fields: Map<FieldKey, FieldValue>;
}

/** An offer under construction: reference and title may still be missing, dates keep their evidence. */
export interface OfferDraft extends Omit<Offer, 'reference' | 'title'> {
  reference: string | null;
  title: string | null;
  /** The date printed on the reference line ("3134-25-0833/SR du 06 juin 2025"). */
  referenceDate: string | null;
  /** The dates as found, with their written weekday, for the refiners. */
  found: { publishedOn: FrenchDate | null; deadline: FrenchDate | null };
}

/** Fills some fields of the draft from the document (chrono-style parser). */
export interface FieldParser {
  name: string;
  parse(context: ParseContext, draft: OfferDraft): void;
}

/** Cross-checks fields already parsed, correcting or warning (chrono-style refiner). */
export interface Refiner {
  name: string;
  refine(context: ParseContext, draft: OfferDraft): void;
}
