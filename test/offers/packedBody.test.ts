import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { packBody, packedBodyOf, withChanges } from '../../src/offers/packedBody.ts';
import { ParseCache } from '../../src/offers/parseCache.ts';
import { mergeOffers } from '../../src/offers/feed/merge.ts';
import { offerWith } from '../support/offerWith.ts';

const BODY = 'Corps ou Cadre d’emploi : rédacteur\nMissions : œuvrer à la mise en œuvre… 🌴';
const offer: Offer = offerWith({
  reference: '3134-25-0833/SR',
  title: 'Agent',
  publishedOn: '2025-06-01',
  deadline: '2025-06-30',
  body: BODY,
  source: 'a.txt',
});

describe('packed bodies', () => {
  const packed = packBody(offer);

  it('reads the very text back, accents, typographic quotes and emoji included', () => {
    expect(packed.body).toBe(BODY);
    expect(packedBodyOf(packed)!.length).toBeLessThan(Buffer.byteLength(BODY) + 16);
  });

  it.each([
    ['spread', (o: Offer) => ({ ...o })],
    ['JSON', (o: Offer) => JSON.parse(JSON.stringify(o)) as Offer],
    ['structuredClone', (o: Offer) => structuredClone(o)],
  ])('looks like a plain offer to %s', (_how, copy) => {
    expect(copy(packed)).toEqual(offer);
  });

  it('changes fields without inflating the body, and packs once', () => {
    const moved = withChanges(packed, { source: 'b.txt' });
    expect(packedBodyOf(moved)).toBe(packedBodyOf(packed));
    expect(moved).toEqual({ ...offer, source: 'b.txt' });
    expect(packBody(packed)).toBe(packed);
    expect(withChanges(offer, { source: 'c.txt' })).toEqual({ ...offer, source: 'c.txt' });
  });

  it('stays packed when the open-data feed fills its missing fields', () => {
    const fromFeed: Offer = {
      ...offer,
      employer: 'Province Sud',
      body: 'texte du flux',
      warnings: ['du flux'],
    };
    const [merged] = mergeOffers([packed], [fromFeed]);
    expect(packedBodyOf(merged!)).toBe(packedBodyOf(packed));
    expect(merged).toEqual({ ...offer, employer: 'Province Sud', warnings: ['du flux'] });
  });

  it('keeps served offers packed through the parse cache file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'avp-packed-'));
    try {
      const cache = new ParseCache();
      const first = await loadCatalog('data/offers', new Date('2025-06-10T01:00:00Z'), { cache });
      await cache.save(join(folder, 'c.bin'), 'fp');
      const restored = await ParseCache.load(join(folder, 'c.bin'), 'fp');
      const again = await loadCatalog('data/offers', new Date('2025-06-10T01:00:00Z'), {
        cache: restored,
      });
      expect(restored.hits).toBe(first.size);
      for (const entry of again.entries) {
        expect(packedBodyOf(entry.offer)).toBeTypeOf('string');
        expect(entry.offer.body).toBe(first.byRef(entry.offer.reference)!.offer.body);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
