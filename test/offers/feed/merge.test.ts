import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeOffers, parseFeed } from '../../../src/offers/feed/index.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';

const document = parseOfferDocument(
  readFileSync('test/fixtures/real-avp/26-0674.md', 'utf8'),
  'real-avp/26-0674.md',
);
const feed = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
  sourceName: 'datagouv',
}).offers;
const row = feed.find((o) => o.reference === '3134-26-0674/SR') as Offer;

describe('mergeOffers', () => {
  it('the real document and its CSV row agree on the reference and the corrected dates', () => {
    expect(row).toBeDefined();
    expect([document.reference, document.publishedOn, document.deadline]).toEqual([
      row.reference,
      row.publishedOn,
      row.deadline,
    ]);
  });

  it('one offer per reference: the document wins, feed-only offers are kept as they are', () => {
    const merged = mergeOffers([document], feed);
    expect(merged).toHaveLength(20);
    const [first, ...others] = merged;
    // The feed says IMMEDIATEMENT, the document the reorganisation: the document is authoritative.
    // The document's facts, and the official document's URL, which only the record gives.
    expect(row.documentUrl).toMatch(/^https:\/\/data\.gouv\.nc\//);
    expect(first).toEqual({ ...document, documentUrl: row.documentUrl });
    expect(first?.startDate).toEqual({
      text: "Susceptible d'être à pourvoir dans le cadre de la réorganisation",
      iso: null,
    });
    expect(first?.direction).toBe('Direction de la poste et des services de proximité');
    expect(others).toEqual(feed.filter((o) => o.reference !== document.reference));
  });

  it('the feed fills only what the document lacks', () => {
    const sparse: Offer = {
      ...document,
      deadline: null,
      employer: null,
      missions: [],
      warnings: ['Date limite illisible.'],
    };
    const richRow: Offer = {
      ...row,
      missions: ['Piloter la section'],
      respncJob: 'Autre emploi',
      warnings: ['Flux open data : x.'],
    };
    const [merged] = mergeOffers([sparse], [richRow]);
    expect(merged).toMatchObject({
      deadline: '2026-05-29', // filled
      employer: 'Office des postes et télécommunications', // filled
      missions: ['Piloter la section'], // filled (the document's list was empty)
      respncJob: 'Responsable marketing stratégique', // the document's
      title: document.title,
      corps: document.corps,
      body: document.body,
      source: 'real-avp/26-0674.md', // the document's path
      warnings: ['Date limite illisible.', 'Flux open data : x.'],
    });
    expect(sparse.deadline).toBeNull(); // inputs untouched
  });

  it('warns when document and feed disagree on the deadline', () => {
    const [merged] = mergeOffers([document], [{ ...row, deadline: '2026-06-05' }]);
    expect(merged?.deadline).toBe('2026-05-29');
    expect(merged?.warnings).toEqual([
      'Le flux open data donne une autre date limite (05/06/2026) que le document (29/05/2026).',
    ]);
  });

  it.each([
    ['no feed', [document], [], [document.source]],
    ['no document', [], [row], [row.source]],
    [
      'a feed with the reference twice (first kept)',
      [],
      [row, { ...row, source: 'feed:b#2' }],
      [row.source],
    ],
  ] as const)('%s', (_name, documents, fromFeed, sources) => {
    expect(mergeOffers(documents, fromFeed).map((o) => o.source)).toEqual(sources);
  });
});
