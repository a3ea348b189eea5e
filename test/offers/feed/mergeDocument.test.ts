import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';
import { mergeWithDocument } from '../../../src/offers/feed/mergeDocument.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';

/** The real PDF text of 26-0674 and its own record of the portal's CSV export. */
const pdf = parseOfferDocument(
  readFileSync('test/fixtures/real-avp/26-0674.md', 'utf8'),
  'https://data.gouv.nc/avis/26-0674.pdf',
);
const columns = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
  sourceName: 'datagouv',
}).offers.find((o) => o.reference === '3134-26-0674/SR') as Offer;

describe('mergeWithDocument: the PDF wins, the columns fill, disagreements are warned', () => {
  it('the real PDF and its record agree: no warning, the PDF values, the record URL', () => {
    const { offer, warnings } = mergeWithDocument(columns, pdf);
    expect(warnings).toEqual([]);
    expect(offer.startDate).toEqual(pdf.startDate); // the PDF, not IMMEDIATEMENT
    expect(offer.documentUrl).toBe(columns.documentUrl);
    expect(offer.documentUrl).toMatch(/^https:\/\//);
    expect(offer.reference).toBe(columns.reference);
    expect(offer.documentRead).toBe(true);
    expect(offer.body).toBe(pdf.body);
  });

  it.each<[string, Partial<Offer>, Partial<Offer>, RegExp | null]>([
    // field, PDF changes, column changes, expected warning (null: none)
    [
      'deadline',
      { deadline: '2026-06-05' },
      {},
      /date limite : le document officiel dit « 05\/06\/2026 », les colonnes open data « 29\/05\/2026 »/i,
    ],
    ['publishedOn', {}, { publishedOn: '2026-05-01' }, /date de publication : .*« 01\/05\/2026 »/i],
    [
      'title',
      { title: 'Chef de projet' },
      {},
      /intitulé : le document officiel dit « Chef de projet »/i,
    ],
    ['title (case, accents)', {}, { title: pdf.title.toUpperCase() }, null],
    [
      'title (the PDF adds its direction)',
      { title: 'DT – Chef de projet' },
      { title: 'Chef de projet' },
      null,
    ],
    [
      'title (a word apart is another title)',
      { title: 'Chef de projets' },
      { title: 'Chef de projet' },
      /intitulé/i,
    ],
    [
      'communes',
      { communes: ['Koné'] },
      { communes: ['Nouméa'] },
      /commune : le document officiel dit « Koné », les colonnes open data « Nouméa »/i,
    ],
    [
      'communes (order)',
      { communes: ['Koné', 'Pouembout'] },
      { communes: ['Pouembout', 'Koné'] },
      null,
    ],
    [
      'reference',
      { reference: '3134-26-0675/SR' },
      {},
      /référence : le document officiel dit « 3134-26-0675\/SR »/i,
    ],
    [
      'residence',
      { residence: { text: '5 ans', years: 5 } },
      { residence: { text: '10 ans', years: 10 } },
      /durée de résidence exigée : le document officiel dit « 5 ans », les colonnes open data « 10 ans »/i,
    ],
    [
      'residence (same years)',
      { residence: { text: '10 ans', years: 10 } },
      { residence: { text: 'au moins égale à 10 ans', years: 10 } },
      null,
    ],
    [
      'residence required',
      { residenceRequired: false },
      { residenceRequired: true },
      /exigence de résidence : le document officiel dit « non », les colonnes open data « oui »/i,
    ],
    ['a silent PDF is no disagreement', { deadline: null }, {}, null],
    ['an employer that differs is not a fact that matters', { employer: 'OPT' }, {}, null],
  ])('%s', (_field, pdfChanges, columnChanges, expected) => {
    const { offer, warnings } = mergeWithDocument(
      { ...columns, ...columnChanges },
      { ...pdf, ...pdfChanges },
    );
    if (expected === null) expect(warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(expected);
      expect(warnings[0]).toMatch(/ ; le document fait foi\.$/);
      expect(offer.warnings).toContain(warnings[0]);
    }
  });

  it.each<[keyof Offer, Partial<Offer>, Partial<Offer>, unknown]>([
    // field, PDF changes, column changes, merged value
    ['deadline', { deadline: '2026-06-05' }, {}, '2026-06-05'], // the PDF wins
    ['deadline', { deadline: null }, {}, '2026-05-29'], // the columns fill
    ['missions', { missions: [] }, { missions: ['Piloter'] }, ['Piloter']],
    ['missions', {}, { missions: ['Piloter'] }, pdf.missions],
    ['employer', { employer: null }, { employer: null }, null], // neither: never guessed
    ['reference', { reference: '3134-26-0675/SR' }, {}, '3134-26-0674/SR'], // the record's
    ['documentUrl', { documentUrl: 'https://elsewhere.nc/x.pdf' }, {}, columns.documentUrl],
    ['documentUrl', {}, { documentUrl: null }, null],
    ['source', {}, {}, 'https://data.gouv.nc/avis/26-0674.pdf'], // the document's
    ['documentRead', {}, {}, true],
  ])('%s: %j + %j → %j', (key, pdfChanges, columnChanges, value) => {
    const { offer } = mergeWithDocument(
      { ...columns, ...columnChanges },
      { ...pdf, ...pdfChanges },
    );
    expect(offer[key]).toEqual(value);
  });

  it('keeps the warnings of both once, and the inputs untouched', () => {
    const a = { ...pdf, warnings: ['Date illisible.', 'Commun.'] };
    const b = { ...columns, warnings: ['Commun.', 'Flux open data : x.'] };
    const before = JSON.stringify([a, b]);
    expect(mergeWithDocument(b, a).offer.warnings).toEqual([
      'Date illisible.',
      'Commun.',
      'Flux open data : x.',
    ]);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
