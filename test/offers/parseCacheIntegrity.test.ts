import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offerPageRouter } from '../../src/channels/rest/offerPage.ts';
import type { Catalog } from '../../src/offers/catalog.ts';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { packedBodyOf } from '../../src/offers/packedBody.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { ParseCache, parserFingerprint } from '../../src/offers/parseCache.ts';
import { createApp } from '../../src/server/app.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { copyOfSeedOffers, memoryLogger } from './storeHelpers.ts';

const AT = new Date('2025-06-10T01:00:00Z');
const TITLE = "Chargé(e) de relation à l'usager";
const WARN = 40;
const INFO = 30;

let dir: string;
let folder: string;
let remove: () => Promise<void>;
let calls: string[];
const countingParse = (text: string, source: string): Offer => {
  calls.push(source);
  return parseOfferDocument(text, source);
};

beforeEach(async () => {
  ({ dir, remove } = await copyOfSeedOffers());
  folder = await mkdtemp(join(tmpdir(), 'avp-cache-'));
  calls = [];
});
afterEach(async () => {
  await remove();
  await rm(folder, { recursive: true, force: true });
});

/** Each offer's title and body, by reference. */
const titles = (catalog: Catalog) =>
  Object.fromEntries(
    catalog.entries.map((e) => [e.offer.reference, `${e.offer.title}\n${e.offer.body}`]),
  );

/** Deterministic noise: a linear congruential generator from a fixed seed. */
function noise(length: number, seed = 42): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** What a damage may need to know of the saved cache. */
interface Saved {
  /** The keys (SHA-256 of the bytes) of the seed documents. */
  keys: string[];
  fingerprint: string;
  /** The deflated body of 3134-25-0833/SR, as its Latin-1 string. */
  bodyZ: string;
}

/** Where `text` starts in the file, stored one byte per character or as UTF-16 (V8 keeps either). */
function offsetOf(bytes: Buffer, text: string, index: number): number {
  const narrow = bytes.indexOf(Buffer.from(text, 'latin1'));
  if (narrow >= 0) return narrow + index;
  const wide = bytes.indexOf(Buffer.from(text, 'utf16le'));
  return wide >= 0 ? wide + 2 * index : -1;
}

function flip(
  at: (bytes: Buffer, saved: Saved) => number,
  mask = 0x01,
): (bytes: Buffer, saved: Saved) => Buffer {
  return (bytes, saved) => {
    const copy = Buffer.from(bytes);
    const i = at(copy, saved);
    expect(i).toBeGreaterThanOrEqual(0);
    copy[i] = (copy[i] as number) ^ mask;
    return copy;
  };
}

interface Damage {
  name: string;
  damage: (bytes: Buffer, saved: Saved) => Buffer;
  /** The log level of the one line that says the cache was dropped. */
  level: number;
}

const DAMAGES: Damage[] = [
  { name: 'a flipped byte in the header (first byte)', damage: flip(() => 0), level: WARN },
  { name: 'a flipped byte in the header (byte 11)', damage: flip(() => 11), level: WARN },
  { name: 'a flipped byte in the header (byte 20)', damage: flip(() => 20), level: WARN },
  { name: 'a flipped byte in the middle', damage: flip((b) => b.length >> 1), level: WARN },
  { name: 'a flipped last byte', damage: flip((b) => b.length - 1), level: WARN },
  {
    name: 'a flipped letter in a title (the case of its r)',
    damage: flip((b) => offsetOf(b, TITLE, TITLE.indexOf('r')), 0x20),
    level: WARN,
  },
  {
    name: 'a flipped byte in a deflated body',
    damage: flip((b, { bodyZ }) => offsetOf(b, bodyZ, bodyZ.length >> 1)),
    level: WARN,
  },
  { name: 'a file truncated to half', damage: (b) => b.subarray(0, b.length >> 1), level: WARN },
  { name: 'a file short of its last byte', damage: (b) => b.subarray(0, -1), level: WARN },
  { name: 'a file with a byte more', damage: (b) => Buffer.concat([b, Buffer.of(0)]), level: WARN },
  { name: 'an empty file', damage: () => Buffer.alloc(0), level: WARN },
  { name: '4 KB of random bytes', damage: () => noise(4096), level: WARN },
  {
    name: 'a valid file of the previous format (version 5, no checksum)',
    damage: (_b, { keys, fingerprint }) =>
      serialize({
        version: 5,
        fingerprint,
        texts: [],
        entries: keys.map((key) => [key, { ok: false, reason: 'ancienne version' }]),
        stamps: [],
      }),
    level: INFO,
  },
];

describe('the persisted parse cache checks its integrity', () => {
  /** Parses the seeds into a cache and saves it; returns the file, the titles and the bytes' keys. */
  async function saved(): Promise<{ file: string; clean: Record<string, string>; saved: Saved }> {
    const file = join(folder, 'offers-parse.bin');
    const fingerprint = await parserFingerprint();
    const cache = new ParseCache();
    const catalog = await loadCatalog(dir, AT, { cache, parse: countingParse });
    await cache.save(file, fingerprint);
    const keys = await Promise.all(
      calls.map(async (source) => ParseCache.key(await readFile(join(dir, source)))),
    );
    const offer = catalog.byRef('3134-25-0833/SR')?.offer;
    const bodyZ = offer ? packedBodyOf(offer) : undefined;
    if (bodyZ === undefined) throw new Error('corps non compressé');
    calls = [];
    return { file, clean: titles(catalog), saved: { keys, fingerprint, bodyZ } };
  }

  async function offerPages(catalog: Catalog): Promise<number[]> {
    const app = createApp({
      assistant: { ask: () => Promise.reject(new Error('pas utilisé')) },
      config: { sessionSecret: null, trustProxy: false },
      routers: [
        offerPageRouter({
          catalog: () => catalog,
          clock: fixedClock(new Date('2026-01-05T01:00:00Z')),
        }),
      ],
    });
    return Promise.all(
      catalog.entries.map(
        async (e) =>
          (await request(app).get(`/offres/${encodeURIComponent(e.offer.reference)}`)).status,
      ),
    );
  }

  it('an intact file is used as is: nothing parsed again, nothing logged', async () => {
    const { file, saved: s, clean } = await saved();
    const fingerprint = s.fingerprint;
    const log = memoryLogger();
    const restored = await ParseCache.load(file, fingerprint, { logger: log.logger });
    expect(restored.size).toBe(5);
    const catalog = await loadCatalog(dir, AT, { cache: restored, parse: countingParse });
    expect(calls).toEqual([]);
    expect(titles(catalog)).toEqual(clean);
    expect(clean['3134-25-0833/SR']).toMatch(new RegExp(`^${TITLE.replace(/[()]/g, '\\$&')}\\n`));
    expect(log.records).toEqual([]);
  });

  it.each(DAMAGES)('$name: dropped with one log line, every document parsed again', async (row) => {
    const { file, clean, saved: s } = await saved();
    const { fingerprint } = s;
    await writeFile(file, row.damage(await readFile(file), s));
    const log = memoryLogger();
    const restored = await ParseCache.load(file, fingerprint, { logger: log.logger });
    expect(restored.size).toBe(0);
    expect(log.records.map((r) => r.level)).toEqual([row.level]);
    expect(log.records[0]).toMatchObject({ file });
    const catalog = await loadCatalog(dir, AT, { cache: restored, parse: countingParse });
    expect(calls).toHaveLength(5);
    expect(titles(catalog)).toEqual(clean);
    const pages = await offerPages(catalog);
    expect(pages).toEqual([200, 200, 200, 200, 200]);
  });

  it('a missing file starts an empty cache without a word', async () => {
    const log = memoryLogger();
    const cache = await ParseCache.load(join(folder, 'absent.bin'), 'fp', { logger: log.logger });
    expect(cache.size).toBe(0);
    expect(log.records).toEqual([]);
  });
});
