import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../src/offers/catalogStore.ts';
import type { CatalogStatus } from '../../src/offers/catalogStore.ts';
import { createApp } from '../../src/server/app.ts';
import { copyOfSeedOffers, manualClock, memoryLogger } from './storeHelpers.ts';

const assistant = { ask: () => Promise.reject(new Error('pas utilisé')) };
const ADMIN_TOKEN = 'admin-token-of-at-least-24-characters';
const BAD_ROWS = 100_000;
const LONG_REASON = `ligne illisible : ${'champ trop long '.repeat(20)}`;
/** Shown in detail: at most this many problems, each reason at most this long. */
const SHOWN = 100;
const REASON_CHARS = 200;

const appWith = (catalogStatus: () => CatalogStatus, adminToken: string | null = ADMIN_TOKEN) =>
  createApp({
    assistant,
    config: { sessionSecret: null, trustProxy: false, adminToken },
    catalogStatus,
  });

describe('GET /api/status with a feed of 100,000 bad rows', () => {
  let store: CatalogStore;
  let remove: () => Promise<void>;
  let app: Express;

  beforeAll(async () => {
    const copy = await copyOfSeedOffers();
    remove = copy.remove;
    store = await CatalogStore.open({
      dir: copy.dir,
      clock: manualClock(),
      logger: memoryLogger().logger,
      watch: false,
    });
    const rows = Array.from({ length: BAD_ROWS }, (_, i) => ({
      path: `feed:opendata.csv#${i + 2}`,
      reason: LONG_REASON,
    }));
    await store.setExtraOffers([], rows);
    app = appWith(() => store.status());
  });
  afterAll(async () => {
    await store.close();
    await remove();
  });

  it('answers the public with counts only: a few KB, no path, no reason', async () => {
    const res = await request(app).get('/api/status').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text.length).toBeLessThan(4_096);
    expect(res.text).not.toMatch(/feed:|opendata|\.txt|\.md|illisible/);
    expect(res.body).toEqual({
      offers: 5,
      loadedAt: '2025-06-10T01:00:00.000Z',
      lastReloadAt: '2025-06-10T01:00:00.000Z',
      reloads: 1,
      reloadErrors: 0,
      problems: { total: BAD_ROWS, byKind: { document: 0, feed: BAD_ROWS }, servingPrevious: 0 },
    });
  });

  it('gives the admin the first problems, reasons cut, with the total count', async () => {
    const res = await request(app)
      .get('/api/status')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .expect(200);
    expect(res.text.length).toBeLessThan(64 * 1024);
    expect(res.body.problems.total).toBe(BAD_ROWS);
    const { details } = res.body as {
      details: { total: number; shown: number; problems: Array<{ path: string; reason: string }> };
    };
    expect(details.total).toBe(BAD_ROWS);
    expect(details.shown).toBe(SHOWN);
    expect(details.problems).toHaveLength(SHOWN);
    expect(details.problems[0]).toMatchObject({
      path: 'feed:opendata.csv#2',
      servingPrevious: false,
    });
    for (const p of details.problems) expect(p.reason.length).toBeLessThanOrEqual(REASON_CHARS);
    expect(details.problems[0]?.reason).toMatch(/^ligne illisible : champ trop long .*…$/);
  });
});

/** [Authorization header, configured ADMIN_TOKEN, status, details given] */
const CASES: Array<[string | null, string | null, number, boolean]> = [
  [null, ADMIN_TOKEN, 200, false],
  [`Bearer ${ADMIN_TOKEN}`, ADMIN_TOKEN, 200, true],
  ['Bearer wrong-token-of-at-least-24-chars', ADMIN_TOKEN, 401, false],
  [`Bearer ${ADMIN_TOKEN}x`, ADMIN_TOKEN, 401, false],
  [`Bearer ${ADMIN_TOKEN.slice(0, -1)}`, ADMIN_TOKEN, 401, false],
  [`Basic ${ADMIN_TOKEN}`, ADMIN_TOKEN, 401, false],
  ['Bearer ', ADMIN_TOKEN, 401, false],
  [null, null, 200, false],
  [`Bearer ${ADMIN_TOKEN}`, null, 401, false], // no ADMIN_TOKEN: no details for anyone
];

describe('GET /api/status: details only with the admin token', () => {
  const status: CatalogStatus = {
    offers: 4,
    problems: [
      {
        path: 'a.md',
        reason: 'fichier vide',
        since: '2025-06-10T01:00:00.000Z',
        servingPrevious: true,
      },
      {
        path: 'feed:x#3',
        reason: 'ligne 3',
        since: '2025-06-10T01:00:00.000Z',
        servingPrevious: false,
      },
    ],
    loadedAt: '2025-06-10T01:00:00.000Z',
    lastReloadAt: null,
    reloads: 0,
    reloadErrors: 0,
  };

  it.each(CASES)(
    'Authorization %s, ADMIN_TOKEN %s → %i, details %s',
    async (header, token, code, details) => {
      const req = request(appWith(() => status, token)).get('/api/status');
      const res = await (header === null ? req : req.set('Authorization', header));
      expect(res.status).toBe(code);
      expect(res.headers['cache-control']).toBe('no-store');
      expect('details' in res.body).toBe(details);
      expect(res.text.includes('a.md')).toBe(details);
      if (code === 200)
        expect(res.body.problems).toEqual({
          total: 2,
          byKind: { document: 1, feed: 1 },
          servingPrevious: 1,
        });
    },
  );

  it('does not exist without a live catalog', async () => {
    const app = createApp({ assistant, config: { sessionSecret: null, trustProxy: false } });
    expect((await request(app).get('/api/status')).status).toBe(404);
  });
});
