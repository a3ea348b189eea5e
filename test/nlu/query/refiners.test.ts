import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuery } from '../../../src/nlu/query/extractors.ts';
import type { Query } from '../../../src/nlu/query/query.ts';
import type { Catalog } from '../../../src/offers/catalog.ts';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import { words as toWords } from '../../../src/text/tokens.ts';

/** The query refiners (src/nlu/query/refiners.ts) settle what two extractors both read. */
let real: Catalog;
let seeds: Catalog;

beforeAll(async () => {
  real = await loadCatalog('test/fixtures/real-avp', new Date(0));
  seeds = await loadCatalog('data/offers', new Date(0));
});

function read(catalog: Catalog, text: string, today: string): Query {
  return extractQuery({ text, said: text, words: toWords(text), today, vocabulary: catalog });
}

const names = (query: Query) => query.offers.map((o) => `${o.by}:${o.candidates.join('|')}`);

describe('a group (direction, service, corps, place) beats a title or a job made of its words', () => {
  it.each([
    // [text, day, offers named, units, jobs]
    [
      "parmi les postes de la DPSP, lequel a le plus d'agents encadrés en direct ?",
      '2026-05-27',
      [],
      ['Direction de la poste et des services de proximité'],
      [],
    ],
    [
      'Quelles offres la Direction des télécommunications propose-t-elle ?',
      '2026-05-12',
      [],
      ['Direction des télécommunications'],
      [],
    ],
    ['offres hors du Grand Nouméa', '2026-05-20', [], [], []],
    // negatives: a title said in a question about one offer stays named
    [
      'tel directeur DPSP',
      '2026-05-12',
      ['title:3134-26-0678/SR'],
      ['Direction de la poste et des services de proximité'],
      [],
    ],
  ])('%s', (text, day, offers, units, jobs) => {
    const query = read(real, text, day);
    expect(names(query)).toEqual(offers);
    expect(query.units.map((u) => u.name)).toEqual(units);
    expect(query.jobs.map((j) => j.label)).toEqual(jobs);
  });

  it('a corps said whole names the corps, not a title holding one of its words', () => {
    const query = read(
      real,
      "Quelles sont les offres relevant d'un emploi fonctionnel ?",
      '2026-05-11',
    );
    expect(query.offers).toEqual([]);
    expect(query.corps.map((c) => c.phrase)).toEqual(['emploi fonctionnel']);
  });

  it('a title that is also a service name stays named in a question about that offer', () => {
    const query = read(
      seeds,
      "j'ai pile 10 ans de résidence, c'est bon pour les relations au public ?",
      '2025-01-05',
    );
    expect(names(query)).toEqual(['title:3134-24-2014/SR']);
  });
});
