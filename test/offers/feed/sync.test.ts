import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFeedSync,
  type FeedProblem,
  type FeedRefreshReport,
  type FeedSync,
} from '../../../src/offers/feed/index.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { startFeedServer, type FeedServer } from './feedServer.ts';

const V1 = JSON.parse(readFileSync('test/fixtures/feed/api-v1-records.json', 'utf8')) as {
  record_timestamp?: string;
  records: { fields: Record<string, unknown>; record_timestamp: string }[];
};

let server: FeedServer;
let body: string;
let status: number;
let sync: FeedSync | null;
const calls: Offer[][] = [];
const problems: FeedProblem[] = [];

beforeEach(async () => {
  server = await startFeedServer();
  body = JSON.stringify(V1);
  status = 200;
  sync = null;
  calls.length = 0;
  problems.length = 0;
  server.routes.set('/feed', (_req, res) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(body),
  );
});

afterEach(async () => {
  sync?.stop();
  await server.close();
});

function startSync(intervalMs: number): FeedSync {
  sync = createFeedSync({
    source: server.url('/feed'),
    intervalMs,
    onOffers: (offers) => void calls.push(offers),
    onProblem: (problem) => void problems.push(problem),
    load: { sourceName: 'portail', timeoutMs: 2000 },
  });
  return sync;
}

/** Waits until the server was asked `n` more times. */
async function polls(n: number): Promise<void> {
  const target = (server.hits.get('/feed') ?? 0) + n;
  await vi.waitFor(() => expect(server.hits.get('/feed') ?? 0).toBeGreaterThanOrEqual(target), {
    timeout: 5000,
    interval: 5,
  });
  await sync?.refresh(); // let the last load finish
}

describe('createFeedSync', () => {
  it('calls back once at start, then once per change of the offers', async () => {
    startSync(25).start();
    await polls(3);
    expect(calls.map((offers) => offers.length)).toEqual([4]);

    // Only metadata changes (API v1 record_timestamp): same offers, no call.
    body = JSON.stringify({
      ...V1,
      records: V1.records.map((r) => ({ ...r, record_timestamp: '2026-06-01T00:00:00Z' })),
    });
    await polls(3);
    expect(calls).toHaveLength(1);

    // The deadline of 26-0674 is moved: one call, with the new offers.
    body = JSON.stringify({
      ...V1,
      records: V1.records.map((r, i) =>
        i === 0 ? { ...r, fields: { ...r.fields, datecloture: '2026-06-04' } } : r,
      ),
    });
    await polls(3);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.find((o) => o.reference === '3134-26-0674/SR')?.deadline).toBe('2026-06-05');
    expect(problems).toEqual([]);
  });

  it('reports a failed reload without replacing the offers, and recovers', async () => {
    const feedSync = startSync(60_000);
    expect(await feedSync.refresh()).toBe(true);
    status = 500;
    expect(await feedSync.refresh()).toBe(false);
    body = '{"records": []}';
    status = 200;
    expect(await feedSync.refresh()).toBe(false); // an empty feed never wipes the offers
    body = JSON.stringify({ ...V1, records: V1.records.slice(0, 2) });
    expect(await feedSync.refresh()).toBe(true);
    expect(calls.map((offers) => offers.length)).toEqual([4, 2]);
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ['feed:portail', `${server.url('/feed')} : HTTP 500 Internal Server Error`],
      ['feed:portail', 'aucune offre dans le flux'],
    ]);
  });

  it('retries a change whose callback failed', async () => {
    let fail = true;
    sync = createFeedSync({
      source: server.url('/feed'),
      intervalMs: 60_000,
      onOffers: () => {
        if (fail) throw new Error('catalogue indisponible');
        calls.push([]);
      },
      onProblem: (problem) => void problems.push(problem),
    });
    expect(await sync.refresh()).toBe(false);
    fail = false;
    expect(await sync.refresh()).toBe(true);
    expect(problems.map((p) => p.reason)).toEqual(['onOffers a échoué : catalogue indisponible']);
  });

  it.each([
    [
      'the parser throws',
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      'analyse du flux impossible : Maximum call stack size exceeded',
    ],
    [
      'the parser rejects',
      () => Promise.reject(new Error('fil perdu')),
      'analyse du flux impossible : fil perdu',
    ],
  ])(
    'a refresh where %s resolves false, is reported, keeps the offers',
    async (_n, parse, reason) => {
      const feedSync = startSync(60_000);
      expect(await feedSync.refresh()).toBe(true);
      sync = createFeedSync({
        source: server.url('/feed'),
        intervalMs: 60_000,
        onOffers: (offers) => void calls.push(offers),
        onProblem: (problem) => void problems.push(problem),
        load: { sourceName: 'portail', parse },
      });
      expect(await sync.refresh()).toBe(false);
      expect(calls).toHaveLength(1); // the first sync's offers were never replaced
      expect(problems).toEqual([{ path: 'feed:portail', reason }]);
    },
  );

  it('a refresh whose onProblem throws still resolves', async () => {
    status = 500;
    sync = createFeedSync({
      source: server.url('/feed'),
      intervalMs: 60_000,
      onOffers: () => undefined,
      onProblem: () => {
        throw new Error('journal plein');
      },
    });
    expect(await sync.refresh()).toBe(false);
  });

  it('a hostile body (100,000 nested arrays) is refused and the last good offers kept', async () => {
    const feedSync = startSync(60_000);
    expect(await feedSync.refresh()).toBe(true);
    body = `{"records":[{"fields":{"numero":"26-0001","mission":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;
    expect(await feedSync.refresh()).toBe(false);
    expect(calls).toHaveLength(1);
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^JSON trop imbriqué : plus de 20 niveaux/),
    ]);
  });

  it('tells each refresh once, with its outcome and all its problems', async () => {
    const reports: FeedRefreshReport[] = [];
    sync = createFeedSync({
      source: server.url('/feed'),
      intervalMs: 60_000,
      onOffers: () => undefined,
      onRefresh: (report) => void reports.push(report),
      load: { sourceName: 'portail' },
    });
    await sync.refresh();
    await sync.refresh();
    status = 500;
    await sync.refresh();
    expect(reports.map((r) => [r.outcome, r.offers, r.problems.length])).toEqual([
      ['merged', 4, 0],
      ['unchanged', 4, 0],
      ['refused', 0, 1],
    ]);
  });

  it('stops polling on stop()', async () => {
    const feedSync = startSync(20);
    feedSync.start();
    await polls(2);
    feedSync.stop();
    const hits = server.hits.get('/feed');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(server.hits.get('/feed')).toBe(hits);
    expect(calls).toHaveLength(1);
  });

  it("does not keep the process alive (the timer is unref'ed)", () => {
    const script = `import { createFeedSync } from './src/offers/feed/index.ts';
createFeedSync({ source: 'test/fixtures/feed/datagouv-export-sample.csv', intervalMs: 60000,
  onOffers: (offers) => console.log('offers', offers.length) }).start();`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(run.signal).toBeNull(); // not killed by the timeout
    expect(run.stdout.trim()).toBe('offers 20');
    expect(run.status).toBe(0);
  });
});
