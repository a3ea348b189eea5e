import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFER_FIELD_KEYS } from '../../../src/offers/fields/offerFields.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { parseBytes } from '../../../src/offers/parse/parseBytes.ts';
import { parsePdfBytes } from '../../../src/offers/pdf/parseDocumentBytes.ts';
import { fixtureText, LAYOUTS, originalText, PDF_FIXTURES, pdfFixtures } from './pdfFixtures.ts';

/** Every field of the table but the file's name, which differs by construction. */
const COMPARED = OFFER_FIELD_KEYS.filter((key) => key !== 'source');

function fields(offer: Offer): Record<string, unknown> {
  // Read key by key: a served offer's body is a getter over its deflated text.
  return Object.fromEntries(COMPARED.map((key) => [key, offer[key]]));
}

const CASES = pdfFixtures().flatMap((fixture) =>
  LAYOUTS.map((layout) => ({ file: fixture.name, layout, fixture })),
);

describe('PDF fixtures: every field and facet as in the text version', () => {
  it('covers the 5 seeds and the 20 real documents in both layouts', () => {
    expect(CASES).toHaveLength(25 * LAYOUTS.length);
  });

  it.each(CASES)('$layout: $file', async ({ file: name, layout, fixture }) => {
    const text = readFileSync(join(PDF_FIXTURES, 'text', `${name}.txt`), 'utf8');
    // The committed text version is the one the fixture script writes today.
    expect(text).toBe(fixtureText(originalText(fixture)));
    const fromText = parseBytes(Buffer.from(text), `${name}.txt`);
    const pdf = readFileSync(join(PDF_FIXTURES, layout, `${name}.pdf`));
    const fromPdf = await parsePdfBytes(pdf, `${name}.pdf`);
    // A text version the schema refuses (26-0686 gives no deadline once its `**` marks are
    // gone) must be refused alike from its PDF, with the same offer behind the refusal.
    expect(fromPdf.ok ? 'served' : fromPdf.reason).toBe(fromText.ok ? 'served' : fromText.reason);
    const fromTextOffer = fromText.ok ? fromText.offer : fromText.invalid;
    const fromPdfOffer = fromPdf.ok ? fromPdf.offer : fromPdf.invalid;
    if (!fromTextOffer || !fromPdfOffer) throw new Error('no offer parsed');
    expect(fields(fromPdfOffer)).toEqual(fields(fromTextOffer));
  });
});
