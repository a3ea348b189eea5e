import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';
import { isHttpUrl } from '../../../src/offers/fields/schemas.ts';
import { offerSchema } from '../../../src/offers/offerSchema.ts';
import { offerJsonLd } from '../../../src/offers/jsonLd.ts';
import { summaryFacts } from '../../../src/dialog/handlers/offerSummary.ts';
import { renderOfferPage } from '../../../src/channels/rest/offerPage.ts';

const HEADER = 'id,numero,libelle_poste,date_mis_en_ligne,date_cloture,url_pdf';

/** One feed record with the given `url_pdf` cell, read by the real column reader. */
function offerWithPdf(cell: string) {
  const csv = `${HEADER}\n1,26-0690,Chef de section,2026-05-07,2026-05-28,${cell}\n`;
  const offer = parseFeed(csv, { sourceName: 't' }).offers[0];
  if (offer === undefined) throw new Error('no offer');
  return offer;
}

const PDF = 'https://data.gouv.nc/explore/dataset/avp/files/60e5/download/';

describe('documentUrl: the record url_pdf, an http(s) URL or null', () => {
  it.each([
    [PDF, PDF],
    ['http://example.nc/avis.pdf', 'http://example.nc/avis.pdf'],
    ['  https://example.nc/a b.pdf  ', null], // a space inside is no URL
    ['javascript:alert(1)', null],
    ['ftp://example.nc/avis.pdf', null],
    ['file:///etc/passwd', null],
    ['/download/avis.pdf', null], // relative: no link
    ['"data:text/html,<script>1</script>"', null], // quoted: the cell holds a comma
    ['https://', null],
    ['', null],
  ])('%j → %j', (cell, expected) => {
    expect(offerWithPdf(cell).documentUrl).toBe(expected);
  });

  it('the schema turns anything but an http(s) URL into null, never refuses the offer', () => {
    const offer = offerWithPdf(PDF);
    for (const bad of ['javascript:alert(1)', 'nope', 42, `https://x.nc/${'a'.repeat(3000)}`]) {
      const parsed = offerSchema.safeParse({ ...offer, documentUrl: bad });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.documentUrl).toBeNull();
    }
    expect(isHttpUrl('HTTPS://EXAMPLE.NC/x')).toBe(true);
    expect(isHttpUrl('https:/example.nc')).toBe(false);
  });

  it('a feed offer is from the columns only (documentRead false)', () => {
    expect(offerWithPdf(PDF).documentRead).toBe(false);
  });

  it('the card says where the official notice is; the JSON-LD names it (sameAs)', () => {
    const offer = offerWithPdf(PDF);
    expect(summaryFacts(offer)).toContainEqual(['Avis officiel', PDF]);
    expect(offerJsonLd(offer, null).sameAs).toBe(PDF);
    const none = offerWithPdf('javascript:alert(1)');
    expect(summaryFacts(none).map(([label]) => label)).not.toContain('Avis officiel');
    expect(offerJsonLd(none, null)).not.toHaveProperty('sameAs');
  });

  it.each([
    [PDF, `<a href="${PDF}" rel="noopener noreferrer">${PDF}</a>`],
    ['javascript:alert(1)', '<dt>Avis officiel</dt><dd>non précisé</dd>'],
  ])('the page links %j only when it is http(s)', (url, html) => {
    const offer = { ...offerWithPdf(PDF), documentUrl: url };
    const page = renderOfferPage({ offer, commune: null } as never, 'open');
    expect(page).toContain(html);
    expect(page).not.toContain('href="javascript');
  });
});
