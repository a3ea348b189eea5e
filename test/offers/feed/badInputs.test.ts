import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';

const HEADER = 'id,numero,libelle_poste,libelle_collectivite,date_mis_en_ligne,date_cloture,statut';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const reasons = (input: string | Uint8Array, options = {}) =>
  parseFeed(input, { sourceName: 't', ...options }).problems.map((p) => p.reason);

describe('inputs rejected as a whole (no offers, one problem, no throw)', () => {
  it.each([
    ['a JSON object without records', '{"hello": 1}', "pas un flux d'AVP : JSON sans liste"],
    [
      'a bare JSON string (read as a one-column CSV)',
      '"26-0674"',
      'colonnes manquantes (numero, libelle_poste)',
    ],
    ['a JSON array of numbers', '[1, 2, 3]', 'colonnes manquantes (numero, libelle_poste)'],
    ['truncated JSON', '{"records": [{"fields": {"numero": "26-0674"', 'JSON illisible'],
    [
      'JSON records of another dataset',
      '{"records":[{"fields":{"nom":"Nouméa","population":94000}}]}',
      'colonnes manquantes (numero, libelle_poste)',
    ],
    ['a CSV without numero', 'id,libelle_poste\n1,Secrétaire', 'colonnes manquantes (numero)'],
    ['an empty file', '', 'colonnes manquantes (numero, libelle_poste)'],
    ['a text that is not a CSV', 'Bonjour,\nvoici la liste des offres.', 'colonnes manquantes'],
  ])('%s', (_name, input, reason) => {
    const feed = parseFeed(input, { sourceName: 't' });
    expect(feed.readable).toBe(false);
    expect(feed.offers).toEqual([]);
    expect(feed.problems).toHaveLength(1);
    expect(feed.problems[0]?.path).toBe('feed:t');
    expect(feed.problems[0]?.reason).toContain(reason);
  });

  it.each([
    [
      'a PNG',
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    ],
    [
      'a zip',
      Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), Buffer.alloc(64, 7)]),
    ],
  ])('binary content: %s', (_name, bytes) => {
    expect(parseFeed(bytes)).toMatchObject({
      readable: false,
      offers: [],
      problems: [{ reason: 'contenu binaire, ni CSV ni JSON' }],
    });
  });

  it('an input over the size cap', () => {
    const feed = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
      maxBytes: 1000,
    });
    expect(feed.readable).toBe(false);
    expect(feed.problems[0]?.reason).toMatch(/^trop volumineux : 9098 octets \(maximum 1000\)$/);
  });
});

describe('bad records are skipped and reported with their row, the others kept', () => {
  it('a CSV row with a broken quote, and the rows after it', () => {
    const feed = parseFeed(
      csv('1,26-0001,Secrétaire,OPT,,,', '2,26-0002,"Comptable,OPT,,,', '3,26-0003,Juriste,OPT,,,'),
    );
    expect(feed.offers.map((o) => o.reference)).toEqual(['3134-26-0001/SR']);
    expect(feed.problems).toHaveLength(1);
    expect(feed.problems[0]?.reason).toMatch(/^ligne \d : CSV mal formé \(Quote Not Closed/);
  });

  it.each([
    [
      'too many fields',
      '2,26-0002,Comptable,OPT,2026-05-07,2026-05-28,PUBLIE,extra',
      'ligne 3 : 8 champs au lieu de 7, ignorée',
    ],
    ['too few fields', '2,26-0002,Comptable', 'ligne 3 : 3 champs au lieu de 7, ignorée'],
    ['no numero', '2,,Comptable,OPT,,,', "ligne 3 ignoré : pas de numéro d'offre (numero)"],
    [
      'an unreadable numero',
      '2,PROV-12,Comptable,OPT,,,',
      "ligne 3 ignoré : numéro d'offre illisible « PROV-12 »",
    ],
    [
      'no title',
      '2,26-0002,,OPT,,,',
      "ligne 3 ignoré : pas d'intitulé de poste (libelle_poste) pour 3134-26-0002/SR",
    ],
  ])('%s', (_name, row, reason) => {
    const feed = parseFeed(csv('1,26-0001,Secrétaire,OPT,,,', row, '3,26-0003,Juriste,OPT,,,'));
    expect(feed.offers.map((o) => o.reference)).toEqual(['3134-26-0001/SR', '3134-26-0003/SR']);
    expect(feed.problems).toEqual([
      expect.objectContaining({ row: 3, reason: expect.stringContaining(reason) }),
    ]);
  });

  it('reports the line where a record starts, after multi-line fields and skipped records', () => {
    const feed = parseFeed(
      csv(
        '1,26-0001,"Secrétaire\nbilingue",OPT,,,',
        '2,26-0002,Comptable',
        '',
        '3,,Juriste,OPT,,,',
      ),
    );
    expect(feed.offers[0]?.title).toBe('Secrétaire bilingue');
    expect(feed.problems.map((p) => p.row)).toEqual([4, 6]);
  });

  it('JSON items that are not objects', () => {
    const feed = parseFeed('[1, {"numero": "26-0002", "libelle_poste": "Juriste"}, null]');
    expect(feed.offers.map((o) => o.title)).toEqual(['Juriste']);
    expect(feed.problems.map((p) => [p.row, p.reason])).toEqual([
      [1, 'enregistrement 1 : pas un objet, ignoré'],
      [3, 'enregistrement 3 : pas un objet, ignoré'],
    ]);
  });

  it('caps the number of records', () => {
    const feed = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
      maxRows: 5,
    });
    expect(feed.offers).toHaveLength(5);
    expect(feed.problems.map((p) => p.reason)).toEqual([
      'plus de 5 enregistrements : les suivants sont ignorés',
    ]);
    const json = JSON.stringify(
      Array.from({ length: 8 }, (_, i) => ({ numero: `26-000${i}`, libelle_poste: 'X' })),
    );
    expect(parseFeed(json, { maxRows: 3 }).offers).toHaveLength(3);
  });
});

describe('doubtful records are kept, with warnings', () => {
  it.each([
    [
      'an unreadable date',
      '1,26-0001,Secrétaire,OPT,2026-05-07,28/05/2026,PUBLIE',
      'Flux open data : date illisible « 28/05/2026 ».',
    ],
    [
      'a deadline before publication',
      '1,26-0001,Secrétaire,OPT,2026-05-07,2026-05-01,PUBLIE',
      'Flux open data : clôture (02/05/2026) avant la mise en ligne (08/05/2026).',
    ],
    [
      'a status other than PUBLIE',
      '1,26-0001,Secrétaire,OPT,,,ANNULE',
      'Flux open data : statut « ANNULE » (pas « PUBLIE »).',
    ],
  ])('%s', (_name, row, warning) => {
    const feed = parseFeed(csv(row));
    expect(feed.problems).toEqual([]);
    expect(feed.offers[0]?.warnings).toEqual([warning]);
  });

  it('keeps the latest publication of a republished reference', () => {
    const feed = parseFeed(
      csv(
        '1,26-0001,Secrétaire,OPT,2026-05-07,2026-05-28,PUBLIE',
        '9,26-0001,Secrétaire,OPT,2026-06-01,2026-06-20,PUBLIE',
      ),
      { sourceName: 't' },
    );
    expect(feed.offers).toHaveLength(1);
    expect(feed.offers[0]).toMatchObject({ deadline: '2026-06-21', source: 'feed:t#9' });
    expect(feed.problems).toEqual([
      { path: 'feed:t#1', reason: '3134-26-0001/SR republiée : remplacée par feed:t#9' },
    ]);
  });

  it('reads a Windows-1252 file, saying so', () => {
    const bytes = Buffer.from(csv('1,26-0001,Secrétaire,Province Sud,,,'), 'latin1');
    const feed = parseFeed(bytes);
    expect(feed.offers[0]?.title).toBe('Secrétaire');
    expect(reasons(bytes)).toEqual(['pas en UTF-8 : lu comme Windows-1252']);
  });
});
