import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';
import type { Offer } from '../../../src/offers/offer.ts';

const read = (name: string) => readFileSync(`test/fixtures/feed/${name}`, 'utf8');
const v21 = read('api-v2.1-records.json');
const fromCsv = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
  sourceName: 'x',
}).offers;

/** An offer without what legitimately depends on the format (source, body wording). */
const core = ({ source: _s, body: _b, ...rest }: Offer) => rest;

describe('JSON feeds', () => {
  it.each([
    ['API v1 {records:[{fields}]}', read('api-v1-records.json')],
    ['API v2.1 {results:[...]}', v21],
    [
      'API v2.1 export (array)',
      JSON.stringify((JSON.parse(v21) as { results: unknown[] }).results),
    ],
    [
      'API v2.0 {records:[{record:{fields}}]}',
      JSON.stringify({
        records: (JSON.parse(v21) as { results: unknown[] }).results.map((fields) => ({
          record: { id: 'r', fields },
        })),
      }),
    ],
  ])('%s gives the same offers as the CSV rows', (_name, text) => {
    const feed = parseFeed(text, { sourceName: 'x' });
    expect(feed.problems).toEqual([]);
    expect(feed.offers.map((o) => o.reference)).toEqual([
      '3134-26-0674/SR',
      '3134-26-0690/SR',
      '3134-26-0754/SR',
      '3134-26-0624/SR',
    ]);
    for (const offer of feed.offers) {
      const csv = fromCsv.find((o) => o.reference === offer.reference);
      expect(csv).toBeDefined();
      expect(core(offer)).toEqual(core(csv as Offer));
      expect(offer.source).toBe(csv?.source);
    }
  });

  it('reads the UTC datetime of API v2.1 as its Nouméa day (2026-09-30T13:00Z is 1 October)', () => {
    const offer = parseFeed(v21).offers.find((o) => o.reference === '3134-26-0754/SR');
    expect(offer?.startDate).toEqual({ text: '1er octobre 2026', iso: '2026-10-01' });
  });

  it('fills lists, residence and the republication note when the feed has them', () => {
    const [first] = (JSON.parse(v21) as { results: Record<string, unknown>[] }).results;
    const rich = {
      ...first,
      mission:
        '<p>Piloter la section.</p><ul><li>Manager l&#39;équipe</li><li>Suivre les indicateurs</li></ul>',
      activites_principales:
        '- Organiser les commissions\n- Concevoir les timbres\n  et produits dérivés',
      savoir: 'Techniques de management\nRèglementation du domaine',
      emploi_resp: 'Responsable marketing stratégique',
      duree_residence_exigee: 'au moins égale à 10 ans',
      lieu_travail: 'nan',
      commentaire_republication:
        'Modification de la date de clôture initialement prévue le 21/05/2026',
    };
    const [offer] = parseFeed(JSON.stringify([rich])).offers;
    expect(offer).toMatchObject({
      missions: [
        'Piloter la section.',
        "Manager l'équipe",
        'Suivre les indicateurs',
        'Organiser les commissions',
        'Concevoir les timbres et produits dérivés',
      ],
      requirements: ['Techniques de management', 'Règlementation du domaine'],
      respncJob: 'Responsable marketing stratégique',
      residence: { text: 'au moins égale à 10 ans', years: 10 },
      location: null,
      deadlineNote: 'Modification de la date de clôture initialement prévue le 21/05/2026',
      previousDeadline: '2026-05-21',
    });
    expect(offer?.body).toContain('Missions :\nPiloter la section.\n- Manager l');
  });
});
