import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog, type SearchHit } from '../../../src/offers/catalog.ts';
import { offerStatus } from '../../../src/offers/offer.ts';
import { queryWords, tokenize } from '../../../src/offers/search/analyzer.ts';
import { generateOffers } from '../../../src/offers/synthetic/generate.ts';
import { findPlaces } from '../../../src/nlu/entities/places.ts';
import { normalizeWords } from '../../../src/text/normalize.ts';

let catalog: Catalog;
const TODAY = '2026-06-30';
const titles = (hits: SearchHit[], n = 5) => hits.slice(0, n).map((h) => h.entry.offer.title);

beforeAll(() => {
  catalog = new Catalog(generateOffers({ count: 2000, seed: 2024 }), [], new Date());
});

describe('analyzer', () => {
  it('cuts words exactly as normalizeWords does, on real documents', () => {
    const dir = 'test/fixtures/real-avp';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    texts.push("L’œuvre — NOUMÉA, d'accueil 3134-25-0833/SR e\u0301te\u0301");
    for (const text of texts) expect(tokenize(text).join(' ')).toBe(normalizeWords(text));
  });

  it('drops "poste", "offre"... from a query unless nothing else is left', () => {
    expect(queryWords("offres d'emploi de juriste")).toEqual(['juriste']);
    expect(queryWords('les offres')).toEqual(['offres']);
  });
});

describe('Catalog at 2,000 synthetic offers', () => {
  it('builds with every offer, its commune and its reference', () => {
    expect(catalog.size).toBe(2000);
    expect(catalog.entries.every((e) => e.commune !== null)).toBe(true);
    const some = catalog.entries[1234]!;
    expect(catalog.byRef(some.offer.reference)).toBe(some);
  });

  it('finds titles despite a typo', () => {
    const hits = catalog.search('tecnicien informatiqe');
    expect(hits.length).toBeGreaterThan(0);
    expect(titles(hits)[0]).toBe('Technicien(ne) informatique');
    expect(titles(hits).every((t) => t.endsWith('informatique'))).toBe(true);
  });

  it('ignores accents and case', () => {
    expect(titles(catalog.search('INFIRMIERE en psychiatrie'))[0]).toBe(
      'Infirmier(e) en psychiatrie',
    );
    expect(catalog.search('securite civile').length).toBe(catalog.search('sécurité civile').length);
  });

  it('finds places: communes in any spelling, provinces', () => {
    const lifou = catalog.search('lifou');
    expect(lifou.length).toBeGreaterThan(0);
    expect(lifou.every((h) => h.entry.commune?.name === 'Lifou')).toBe(true);
    const nord = catalog.search('province nord');
    expect(nord.length).toBeGreaterThan(0);
    expect(nord.every((h) => h.entry.commune?.province === 'nord')).toBe(true);
    expect(catalog.search('Païta').length).toBe(catalog.search('paita').length);
  });

  it('finds keywords of the missions and requirements, and an unfinished last word', () => {
    const fibre = catalog.search('fibre optique');
    expect(fibre.length).toBeGreaterThan(0);
    expect(
      fibre.every((h) => h.entry.offer.employer === 'Office des postes et télécommunications'),
    ).toBe(true);
    expect(
      catalog
        .search('halieutiques')
        .every((h) => h.entry.offer.missions.some((m) => m.includes('halieutiques'))),
    ).toBe(true);
    expect(
      titles(catalog.search('administrateur informa'), 3).every((t) => /informatique/.test(t)),
    ).toBe(true);
  });

  it('ranks a title match above a mere mention, and falls back to any word', () => {
    expect(titles(catalog.search('juriste'), 10).every((t) => t.startsWith('Juriste'))).toBe(true);
    expect(catalog.search('xyzzy')).toEqual([]);
    expect(titles(catalog.search('juriste xyzzy'))[0]).toMatch(/^Juriste/);
  });

  it('applies the filters: place, employer (acronyms too), corps, open day, publication', () => {
    const kone = catalog.search('infirmier', { places: findPlaces(['kone']) });
    expect(kone.length).toBeGreaterThan(0);
    expect(kone.every((h) => h.entry.commune?.name === 'Koné')).toBe(true);
    const opt = catalog.search('', { employer: 'OPT' });
    expect(opt.length).toBeGreaterThan(0);
    expect(
      opt.every((h) => h.entry.offer.employer === 'Office des postes et télécommunications'),
    ).toBe(true);
    expect(
      catalog
        .search('', { corps: 'redacteur' })
        .every((h) => h.entry.offer.corps.includes('rédacteur')),
    ).toBe(true);
    const open = catalog.search('', { openOn: '2022-03-15' });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((h) => offerStatus(h.entry.offer, '2022-03-15') === 'open')).toBe(true);
    const before = catalog.search('technicien', { publishedBy: '2019-01-01' });
    expect(before.every((h) => h.entry.offer.publishedOn! <= '2019-01-01')).toBe(true);
  });

  it('lists without words, most recently published first', () => {
    const listed = catalog.search('  ', { publishedBy: TODAY });
    expect(listed.length).toBe(catalog.published(TODAY).length);
    const days = listed.map((h) => h.entry.offer.publishedOn!);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('keeps matchTitle for the dialog: names, typos, upcoming offers left out', () => {
    const matches = catalog.matchTitle('le poste de jurist en droit social', TODAY);
    expect(matches[0]!.entry.offer.title).toBe('Juriste en droit social');
    expect(matches[0]!.score).toBe(1);
    const early = catalog.matchTitle('juriste en droit social', '2017-01-01');
    expect(early.every((m) => m.entry.offer.publishedOn! <= '2017-01-01')).toBe(true);
    expect(catalog.matchTitle('bonjour', TODAY)).toEqual([]);
  });

  it.each([
    ['le poste de jurist en droit social', TODAY],
    ['juriste en droit social', '2017-01-01'],
    ['juriste en droit social', '2000-01-01'],
    ['bonjour', TODAY],
    ['chargé de mission', TODAY],
  ])('namesTitle(%j, %s) agrees with matchTitle, asked in any order', (text, day) => {
    const expected = catalog.matchTitle(text, day).length > 0;
    expect(catalog.namesTitle(text, day)).toBe(expected);
    expect(catalog.namesTitle('autre chose', day)).toBe(
      catalog.matchTitle('autre chose', day).length > 0,
    );
    expect(catalog.namesTitle(text, day)).toBe(expected); // the remembered last text changed meanwhile
    expect(catalog.matchTitle(text, day).length > 0).toBe(expected);
  });
});
