import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/createAssistant.ts';
import { CatalogStore } from '../../../src/offers/catalogStore.ts';
import { FeedDocuments, type DocumentFailureKind } from '../../../src/offers/feed/feedDocuments.ts';
import { createFeedSync, mergeOffers, parseFeed } from '../../../src/offers/feed/index.ts';
import { createPortalReader } from '../../../src/offers/feed/portalReader.ts';
import { ParsePool } from '../../../src/offers/parsePool.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { startFeedServer, type FeedServer } from './feedServer.ts';
import { fixturePdf, sampleRecords, serveRecords } from './feedDocumentsHarness.ts';

const RECORDS_PATH = '/api/explore/v2.1/catalog/datasets/avp/records';
let server: FeedServer;
let pool: ParsePool;
let cacheDir: string;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  server = await startFeedServer();
  pool = new ParsePool({ threads: 1 });
  const pdf = (name: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
    void res.writeHead(200, { 'content-type': 'application/pdf' }).end(fixturePdf(name));
  for (const reference of ['26-0705', '26-0690', '26-0674', '26-0778'])
    server.routes.set(`/pdf/${reference}.pdf`, pdf(reference));
  server.routes.set('/pdf/corrupt.pdf', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 garbage %%EOF'),
  );
  server.routes.set('/pdf/huge.pdf', (_req, res) => {
    // 6 MB in chunks, no length declared: refused while counted.
    res.writeHead(200, { 'content-type': 'application/pdf' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const more = () => {
      while (sent < 6 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  });
  server.routes.set('/pdf/slow.pdf', () => undefined); // never answers
  server.routes.set('/pdf/gone.pdf', (_req, res) => res.writeHead(404).end('not found'));
  const redirect = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
    void res.writeHead(302, { location: to }).end();
  server.routes.set('/r/two', redirect('/r/one'));
  server.routes.set('/r/one', redirect('/pdf/26-0705.pdf'));
  server.routes.set('/r/loop', redirect('/r/loop'));
  server.routes.set('/r/file', redirect('file:///etc/passwd'));
});

afterAll(async () => {
  await pool.close();
  await server.close();
});

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'feedsync-docs-'));
  return () => rm(cacheDir, { recursive: true, force: true });
});

/** The sample's record of a reference, its `url_pdf` pointing at `path` on the test server. */
function record(reference: string, path: string, extra: Record<string, string> = {}) {
  const found = sampleRecords().find((r) => r.numero === reference);
  if (!found) throw new Error(reference);
  return { ...found, url_pdf: path.startsWith('http') ? path : server.url(path), ...extra };
}

function documents(overrides: Partial<ConstructorParameters<typeof FeedDocuments>[0]> = {}) {
  return new FeedDocuments({
    parse: (bytes, source) => pool.parse(bytes, source),
    cacheDir,
    timeoutMs: 1_000,
    ...overrides,
  });
}

describe('each record’s official PDF: fetched under limits, a failure serves the columns', () => {
  const cases: {
    name: string;
    path: string;
    failure: DocumentFailureKind | null;
    reason: RegExp;
  }[] = [
    { name: 'a PDF', path: '/pdf/26-0705.pdf', failure: null, reason: /./ },
    { name: 'two redirects then the PDF', path: '/r/two', failure: null, reason: /./ },
    {
      name: 'unreachable (nothing listens)',
      path: 'http://127.0.0.1:1/x.pdf',
      failure: 'unreachable',
      reason: /téléchargement impossible/,
    },
    { name: 'HTTP 404', path: '/pdf/gone.pdf', failure: 'http_status', reason: /HTTP 404/ },
    { name: 'corrupt', path: '/pdf/corrupt.pdf', failure: 'unreadable', reason: /PDF/ },
    { name: 'huge (6 MB)', path: '/pdf/huge.pdf', failure: 'too_large', reason: /volumineux/ },
    { name: 'slow (never answers)', path: '/pdf/slow.pdf', failure: 'timeout', reason: /1000 ms/ },
    { name: 'redirect loop', path: '/r/loop', failure: 'redirects', reason: /3 redirections/ },
    { name: 'redirect to file:', path: '/r/file', failure: 'scheme', reason: /non http/ },
  ];
  it.each(cases)('$name', async ({ path, failure, reason }) => {
    // The columns' deadline moved: the PDF's (29 May) wins, with a warning.
    const row = record('26-0705', path, { date_cloture: '2026-06-10' });
    const feed = parseFeed(JSON.stringify([row]), { sourceName: 'portail' });
    const columns = feed.offers[0];
    expect(feed.documents).toHaveLength(1);
    const docs = documents();
    const { offers, problems } = await docs.attach(feed.offers, feed.documents ?? []);
    expect(offers).toHaveLength(1);
    const status = docs.status();
    if (failure === null) {
      expect(status).toMatchObject({ offers: 1, named: 1, withDocument: 1, failed: 0 });
      expect(problems).toEqual([]);
      expect(columns?.deadline).not.toBe('2026-05-29');
      expect(columns?.body).not.toContain('ISO 27001');
      expect(offers[0]?.deadline).toBe('2026-05-29');
      expect(offers[0]?.body).toContain('ISO 27001');
      expect(offers[0]?.warnings.join(' ')).toMatch(
        /Date limite : le document officiel dit « 29\/05\/2026 »/,
      );
    } else {
      expect(status).toMatchObject({ named: 1, withDocument: 0, failed: 1 });
      expect(status.failures).toEqual({ [failure]: 1 });
      expect(offers[0]).toEqual(columns); // served from its columns, unchanged
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(columns?.source);
      expect(problems[0]?.reason).toMatch(reason);
      expect(problems[0]?.reason).toMatch(/offre servie depuis les colonnes du flux/);
    }
  });
});

/** A sync of the records API at RECORDS_PATH, pages of 5, into a live catalog. */
async function liveSync(records: Record<string, string>[], keepOnDisk = true) {
  const state = { records, etag: '"v1"', requests: [] as string[] };
  serveRecords(server, RECORDS_PATH, state);
  const dataDir = await mkdtemp(join(tmpdir(), 'feedsync-data-'));
  const store = await CatalogStore.open({
    dir: dataDir,
    clock: fixedClock('2026-05-20'),
    logger: silent,
    watch: false,
    pool,
    merge: mergeOffers,
  });
  const docs = documents(keepOnDisk ? {} : { cacheDir: null });
  const sync = createFeedSync({
    source: server.url(RECORDS_PATH),
    intervalMs: 60_000,
    onOffers: (offers, problems) => store.setExtraOffers(offers, problems),
    fetch: createPortalReader(server.url(RECORDS_PATH), {
      maxBytes: 1 << 20,
      timeoutMs: 2_000,
      pageSize: 5,
    }),
    documents: docs,
  });
  const close = async () => {
    sync.stop();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { state, store, docs, sync, close };
}

const pdfHits = () =>
  [...server.hits].filter(([path]) => path.startsWith('/pdf/')).reduce((n, [, c]) => n + c, 0);

describe('the feed sync with documents', () => {
  it.each([
    { cache: 'a cache folder', keepOnDisk: true },
    { cache: 'memory only', keepOnDisk: false },
  ])(
    'pages the records API, fetches each PDF once; a 304 fetches nothing again; a changed record refetches its PDF ($cache)',
    async ({ keepOnDisk }) => {
      const records = sampleRecords().map((r, i) =>
        i < 3 ? { ...r, url_pdf: server.url(`/pdf/${r.numero}.pdf`) } : { ...r, url_pdf: '' },
      );
      expect(records.length).toBe(20);
      const live = await liveSync(records, keepOnDisk);
      const files = async () => (keepOnDisk ? (await readdir(cacheDir)).length : 3);
      try {
        const before = pdfHits();
        const changedBefore = server.hits.get('/pdf/26-0690.pdf') ?? 0;
        expect(await live.sync.refresh()).toBe(true);
        // 20 records in pages of 5: 4 requests, the source's limit and offset set.
        expect(live.state.requests).toEqual([0, 5, 10, 15].map((o) => `?limit=5&offset=${o}`));
        expect(live.store.current().size).toBe(20);
        expect(pdfHits() - before).toBe(3);
        expect(live.docs.status()).toMatchObject({
          offers: 20,
          named: 3,
          withDocument: 3,
          failed: 0,
        });
        expect(await files()).toBe(3);

        // Second sync: the portal answers 304 to the first page; nothing else is asked.
        expect(await live.sync.refresh()).toBe(false);
        expect(live.state.requests).toHaveLength(5);
        expect(pdfHits() - before).toBe(3);

        // A new ETag, same records: read again, no PDF fetched (same URL, same version).
        live.state.etag = '"v2"';
        expect(await live.sync.refresh()).toBe(false);
        expect(pdfHits() - before).toBe(3);

        // One record changed: its PDF, and only its PDF, is fetched again.
        live.state.etag = '"v3"';
        live.state.records = records.map((r, i) =>
          i === 0 ? { ...r, date_cloture: '2026-06-30' } : r,
        );
        expect(await live.sync.refresh()).toBe(true);
        expect(pdfHits() - before).toBe(4);
        expect((server.hits.get('/pdf/26-0690.pdf') ?? 0) - changedBefore).toBe(2);
        expect(await files()).toBe(3); // the old version's file pruned
      } finally {
        await live.close();
      }
    },
  );

  it('a fresh process with the cache folder fetches no PDF', async () => {
    const records = sampleRecords()
      .slice(0, 2)
      .map((r) => ({ ...r, url_pdf: server.url(`/pdf/${r.numero}.pdf`) }));
    const first = await liveSync(records);
    await first.sync.refresh();
    await first.close();
    const before = pdfHits();
    const second = await liveSync(records);
    try {
      await second.sync.refresh();
      expect(pdfHits()).toBe(before);
      expect(second.docs.status()).toMatchObject({ named: 2, withDocument: 2 });
    } finally {
      await second.close();
    }
  });

  it.each([
    {
      name: 'its PDF',
      path: '/pdf/26-0705.pdf',
      diploma: ['ISO 27001'],
      deadline: '29 mai 2026', // the PDF's, not the columns'
    },
    {
      name: 'its columns (PDF unreachable)',
      path: 'http://127.0.0.1:1/26-0705.pdf',
      diploma: [],
      deadline: '11 juin 2026', // the columns' (moved, see `record`)
    },
  ])('a record whose details are only in its PDF answers from $name', async (row) => {
    const live = await liveSync([record('26-0705', row.path, { date_cloture: '2026-06-10' })]);
    try {
      await live.sync.refresh();
      const assistant = await createAssistant({
        catalog: live.store,
        clock: fixedClock('2026-05-20'),
      });
      const ask = (text: string) => assistant.ask({ conversation: `c-${row.path}`, text });
      await ask("je veux en savoir plus sur l'offre 26-0705");
      const diploma = await ask('quel diplôme ?');
      expect(diploma.intent).toBe('offer.requirements');
      for (const words of row.diploma) expect(diploma.text).toContain(words);
      if (row.diploma.length === 0) expect(diploma.text).not.toContain('ISO 27001');
      const deadline = await ask('quelle est la date limite ?');
      expect(deadline.text).toContain(row.deadline);
    } finally {
      await live.close();
    }
  });
});
