import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import { offerIssues } from '../../../src/offers/offerSchema.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';
import { generateOffers, generateSynthetic } from '../../../src/offers/synthetic/generate.ts';
import { Prng } from '../../../src/offers/synthetic/prng.ts';
import { misspell, syntheticQueries } from '../../../src/offers/synthetic/queries.ts';
import { writeSyntheticDocuments } from '../../../src/offers/synthetic/write.ts';
import { addDays } from '../../../src/time/noumea.ts';
import { COMMUNES, communeOfLocation } from '../../../src/text/places.ts';

const offers = generateOffers({ count: 2000, seed: 7 });

describe('Prng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Prng(3);
    const b = new Prng(3);
    const draws = Array.from({ length: 200 }, () => a.int(2, 5));
    expect(draws).toEqual(Array.from({ length: 200 }, () => b.int(2, 5)));
    expect(new Set(draws)).toEqual(new Set([2, 3, 4, 5]));
    expect(new Set(new Prng('x').sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});

describe('generateSynthetic', () => {
  it('is deterministic for a seed, different for another', () => {
    const first = generateSynthetic({ count: 50, seed: 'abc' });
    expect(generateSynthetic({ count: 50, seed: 'abc' })).toEqual(first);
    expect(generateSynthetic({ count: 50, seed: 'abd' }).map((s) => s.offer.title)).not.toEqual(
      first.map((s) => s.offer.title),
    );
  });

  it('gives unique, well-formed references and valid offers', () => {
    expect(new Set(offers.map((o) => o.reference)).size).toBe(offers.length);
    for (const offer of offers.slice(0, 300)) {
      expect(offer.reference).toMatch(/^3134-\d{2}-\d{4}\/SR$/);
      expect(offer.reference.slice(5, 7)).toBe(offer.publishedOn!.slice(2, 4));
      expect(offerIssues(offer)).toEqual([]);
    }
  });

  it('looks like the real catalog: varied titles, employers, all 33 communes, ten years, 2 to 4 weeks to apply', () => {
    expect(new Set(offers.map((o) => o.title)).size).toBeGreaterThan(200);
    const employers = new Set(offers.map((o) => o.employer));
    for (const name of [
      'Province Sud',
      'Province Nord',
      'Province des Îles Loyauté',
      'Gouvernement de la Nouvelle-Calédonie',
      'CAFAT',
      'Office des postes et télécommunications',
      'Centre hospitalier territorial Gaston-Bourret',
    ]) {
      expect(employers).toContain(name);
    }
    expect([...employers].some((e) => e?.startsWith('Ville de '))).toBe(true);
    const communes = new Set(offers.map((o) => communeOfLocation(o.location)?.name));
    expect(COMMUNES.every((c) => communes.has(c.name))).toBe(true);
    const days = offers.map((o) => o.publishedOn!).sort();
    expect(Number(days.at(-1)!.slice(0, 4)) - Number(days[0]!.slice(0, 4))).toBeGreaterThanOrEqual(
      9,
    );
    for (const o of offers) {
      const first = o.previousDeadline ?? o.deadline!;
      expect(first >= addDays(o.publishedOn!, 14) && first <= addDays(o.publishedOn!, 28)).toBe(
        true,
      );
      expect(o.missions.length).toBeGreaterThanOrEqual(3);
      expect(o.requirements.length).toBeGreaterThanOrEqual(2);
    }
    expect(offers.some((o) => o.deadlineNote !== null)).toBe(true);
    expect(
      offers.some((o) => o.residence === null) && offers.some((o) => o.residence?.years === 10),
    ).toBe(true);
  });

  it('writes documents the real parser reads back into the same offers', () => {
    for (const { offer, document, fileName } of generateSynthetic({ count: 300, seed: 11 })) {
      expect(parseOfferDocument(document, fileName)).toEqual(offer);
    }
  });

  it('writes a folder loadCatalog reads without problems', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'avp-synthetic-'));
    try {
      expect(await writeSyntheticDocuments(dir, { count: 120, seed: 5 })).toBe(120);
      const catalog = await loadCatalog(dir, new Date());
      expect(catalog.problems).toEqual([]);
      expect(catalog.entries.map((e) => e.offer)).toEqual(generateOffers({ count: 120, seed: 5 }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('syntheticQueries', () => {
  it('mixes titles, typos, places and keywords, deterministically', () => {
    const queries = syntheticQueries(offers, 300, 1);
    expect(queries).toEqual(syntheticQueries(offers, 300, 1));
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['title', 'titleTypo', 'place', 'keyword', 'titlePlace']),
    );
  });

  it('misspells a long word by one slip', () => {
    const random = new Prng(9);
    for (let i = 0; i < 50; i += 1) {
      const typo = misspell('technicien', random);
      expect(Math.abs(typo.length - 10)).toBeLessThanOrEqual(1);
    }
    expect(misspell('voh', random)).toBe('voh');
  });
});
