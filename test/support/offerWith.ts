import type { Offer } from '../../src/offers/offer.ts';
import { emptyDraft } from '../../src/offers/parse/draft.ts';

/**
 * An offer whose every field of the table is unknown (null, empty lists, as a document that says
 * nothing would give), with the values a test names: a test states only what it tests, and a
 * field added to the table needs no change here.
 */
export function offerWith(values: Partial<Offer> & Pick<Offer, 'reference' | 'title'>): Offer {
  const { referenceDate: _date, found: _found, ...blank } = emptyDraft(values.source ?? 'test.txt');
  return { ...blank, ...values } as Offer;
}
