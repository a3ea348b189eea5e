import { copyFile, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, mapLimit, parseBytes, sourcePath } from '../../src/offers/loadCatalog.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { checkedHeader, HEADER_BYTES } from '../../src/offers/checkedFile.ts';
import { ParseCache, parserFingerprint, RACY_MS } from '../../src/offers/parseCache.ts';
import { copyOfSeedOffers } from './storeHelpers.ts';

const AT = new Date('2025-06-10T01:00:00Z');
let dir: string;
let remove: () => Promise<void>;
let calls: string[];
const countingParse = (text: string, source: string): Offer => {
  calls.push(source);
  return parseOfferDocument(text, source);
};

beforeEach(async () => {
  ({ dir, remove } = await copyOfSeedOffers());
  calls = [];
});
afterEach(() => remove());

describe('loadCatalog', () => {
  it('loads the seed offers without problems', async () => {
    const catalog = await loadCatalog('data/offers', AT);
    expect(catalog.size).toBe(5);
    expect(catalog.problems).toEqual([]);
    expect(catalog.loadedAt).toBe(AT);
  });

  it('does not parse unchanged files a second time, only the changed one', async () => {
    const cache = new ParseCache();
    await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(calls).toHaveLength(5);
    calls = [];
    const again = await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(calls).toEqual([]);
    expect(again.size).toBe(5);
    expect(cache.hits).toBe(5);

    const file = join(dir, '3134-25-0833-SR.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Dumbéa', 'Koné'));
    const third = await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(calls).toEqual(['3134-25-0833-SR.txt']);
    expect(third.byRef('3134-25-0833/SR')?.offer.location).toBe('Koné');
  });

  it('gives a copied file its own source from the cache, and reports the duplicate reference', async () => {
    const cache = new ParseCache();
    await loadCatalog(dir, AT, { cache, parse: countingParse });
    await copyFile(join(dir, '3134-25-0833-SR.txt'), join(dir, 'zz-copie.txt'));
    calls = [];
    const catalog = await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(calls).toEqual([]);
    expect(catalog.problems).toEqual([
      {
        path: 'zz-copie.txt',
        reason: 'référence 3134-25-0833/SR déjà lue dans 3134-25-0833-SR.txt',
      },
    ]);
  });

  it('reports a file the parser refuses, or the schema refuses, with its path and reason', async () => {
    await writeFile(join(dir, 'notes.md'), 'Rien à voir.\n');
    const longTitle = (text: string, source: string): Offer => ({
      ...parseOfferDocument(text, source),
      title: 'x'.repeat(301),
    });
    const catalog = await loadCatalog(dir, AT, {
      parse: (t, s) => (s === '3134-25-0699-SR.txt' ? longTitle(t, s) : parseOfferDocument(t, s)),
    });
    expect(catalog.size).toBe(4);
    expect(catalog.problems).toEqual([
      { path: '3134-25-0699-SR.txt', reason: 'offre invalide : title : plus de 300 caractères' },
      { path: 'notes.md', reason: "pas de référence d'offre (3134-AA-NNNN/SR)" },
    ]);
  });

  it('keeps a parse that throws something else as a problem', () => {
    const outcome = parseBytes(Buffer.from('x'), 'a.md', () => {
      throw new RangeError('boum');
    });
    expect(outcome).toEqual({ ok: false, reason: 'boum' });
  });
});

describe('mapLimit', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });
});

describe('sourcePath', () => {
  it.each([
    ['/data/offers', '/data/offers/a.txt', 'a.txt'],
    ['/data/offers/', '/data/offers/a.txt', 'a.txt'],
    ['/data/offers', '/data/offers/2025/juin/a.md', '2025/juin/a.md'],
    ['/data/offers', '/data/offers-old/a.txt', '../offers-old/a.txt'],
    ['/data/x/../offers', '/data/offers/a.txt', 'a.txt'],
    ['data/offers', 'data/offers/b.txt', 'b.txt'],
  ])('%s + %s → %s', (root, path, expected) => {
    expect(sourcePath(root, path)).toBe(expected);
  });
});

describe('file stamps: unchanged files known without reading them', () => {
  const LATER = () => Date.now() + 60_000; // the files were written "long" before: stamps are trusted

  it('serves unchanged files by their stamp, and re-reads one rewritten with the same size and mtime', async () => {
    const cache = new ParseCache({ wallClock: LATER });
    await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(cache.stampHits).toBe(0);
    await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(cache.stampHits).toBe(5);

    // Same size, same mtime put back: only ctime (set by the kernel, never restorable) tells.
    const file = join(dir, '3134-25-0833-SR.txt');
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Dumbéa', 'Dumbé@'));
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);
    calls = [];
    const after = await loadCatalog(dir, AT, { cache, parse: countingParse });
    expect(calls).toEqual(['3134-25-0833-SR.txt']);
    expect(after.byRef('3134-25-0833/SR')?.offer.location).toBe('Dumbé@');
  });

  it('does not trust a stamp taken right after the file changed (racy timestamps)', async () => {
    const cache = new ParseCache(); // real time: the files were copied just now
    await loadCatalog(dir, AT, { cache });
    await loadCatalog(dir, AT, { cache });
    expect(cache.stampHits).toBe(0);
    expect(cache.hits).toBe(5); // read and hashed instead
  });

  const stats = { size: 100, ino: 7, mtimeMs: 1_000, ctimeMs: 2_000 };
  const outcome = { ok: false as const, reason: 'r' };
  it.each([
    ['the same stats', {}, true],
    ['another size', { size: 101 }, false],
    ['another inode (file replaced by a rename)', { ino: 8 }, false],
    ['another mtime', { mtimeMs: 1_001 }, false],
    ['another ctime (written, touched, chmod)', { ctimeMs: 2_001 }, false],
  ])('byStamp with %s: %s', (_what, change, known) => {
    const cache = new ParseCache({ wallClock: () => 2_000 + RACY_MS });
    cache.set('k', outcome);
    cache.stamp('a.txt', stats, 'k');
    expect(cache.byStamp('a.txt', { ...stats, ...change }) !== undefined).toBe(known);
    expect(cache.byStamp('b.txt', stats)).toBeUndefined();
  });

  it('forgets a stamp whose outcome was evicted, and keeps stamps across save and load', async () => {
    const cache = new ParseCache({ maxEntries: 1, wallClock: () => 10_000 });
    cache.set('k', outcome);
    cache.stamp('a.txt', stats, 'k');
    cache.set('other', outcome);
    expect(cache.byStamp('a.txt', stats)).toBeUndefined();
    cache.set('k', outcome);
    const folder = await mkdtemp(join(tmpdir(), 'avp-cache-'));
    try {
      await cache.save(join(folder, 'c.bin'), 'fp');
      const restored = await ParseCache.load(join(folder, 'c.bin'), 'fp');
      expect(restored.changes).toBe(0);
      expect(restored.byStamp('a.txt', stats)).toEqual(outcome);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('ParseCache', () => {
  it('forgets the least recently used entry past its bound', () => {
    const cache = new ParseCache({ maxEntries: 2 });
    const outcome = { ok: false as const, reason: 'r' };
    cache.set('a', outcome);
    cache.set('b', outcome);
    cache.get('a', 'x');
    cache.set('c', outcome);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 'x')).toBeUndefined();
    expect(cache.get('a', 'x')).toEqual(outcome);
  });

  /** Parses the seeds into a cache, saves it in a temporary folder, hands its file to `check`, then removes the folder. */
  async function withSavedCache(
    check: (file: string, fingerprint: string, folder: string) => Promise<void>,
  ): Promise<void> {
    const folder = await mkdtemp(join(tmpdir(), 'avp-cache-'));
    try {
      const file = join(folder, 'offers-parse.bin');
      const fingerprint = await parserFingerprint();
      const cache = new ParseCache();
      await loadCatalog(dir, AT, { cache, parse: countingParse });
      await cache.save(file, fingerprint);
      await check(file, fingerprint, folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  it('persists to a file and is ignored when the parser changed', () =>
    withSavedCache(async (file, fingerprint, folder) => {
      calls = [];
      const restored = await ParseCache.load(file, fingerprint);
      const catalog = await loadCatalog(dir, AT, { cache: restored, parse: countingParse });
      expect(calls).toEqual([]);
      expect(catalog.size).toBe(5);
      expect((await ParseCache.load(file, 'autre analyseur')).size).toBe(0);
      expect((await ParseCache.load(join(folder, 'absent.bin'), fingerprint)).size).toBe(0);
    }));

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['garbage', () => Buffer.from('\u0000\u00ff not a cache')],
    [
      'an old JSON cache',
      () => Buffer.from(JSON.stringify({ version: 1, fingerprint: 'x', entries: [] })),
    ],
    ['empty', () => Buffer.alloc(0)],
    [
      'an offer naming a text its table lacks',
      (bytes: Buffer) => {
        // Intact envelope around a content its writer got wrong: the check passes, decoding fails.
        const content = deserialize(bytes.subarray(HEADER_BYTES)) as {
          version: number;
          entries: Array<[string, { offer: { title: number } }]>;
        };
        content.entries.at(-1)![1].offer.title = 999_999;
        const payload = serialize(content);
        return Buffer.concat([checkedHeader(content.version, payload), payload]);
      },
    ],
  ])('starts empty, without throwing, from a %s file', (_name, damage) =>
    withSavedCache(async (file, fingerprint) => {
      await writeFile(file, damage(await readFile(file)));
      expect((await ParseCache.load(file, fingerprint)).size).toBe(0);
    }),
  );
});
