/**
 * Cold sync of a feed of N records with their official PDFs, all from a local server
 * (127.0.0.1, port 0): the records API paged by 100, each record's PDF one of the committed
 * fixtures (the sample's records, references varied). Time, downloads, and this process's
 * memory (RSS and heap: before, peak every 100 ms, after).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedDocuments } from '../../src/offers/feed/feedDocuments.ts';
import { createFeedSync } from '../../src/offers/feed/sync.ts';
import { createPortalReader } from '../../src/offers/feed/portalReader.ts';
import { parseFeedInWorker } from '../../src/offers/feed/parseInWorker.ts';
import { ParsePool } from '../../src/offers/parsePool.ts';
import { fixturePdf, sampleRecords } from '../../test/offers/feed/feedDocumentsHarness.ts';
import { mb, ms, type Row } from './stats.ts';

export async function feedSyncBench(count = 2_300): Promise<Row[]> {
  const sample = sampleRecords();
  const pdfs = new Map(sample.map((r) => [r.numero, fixturePdf(r.numero as string)]));
  let port = 0;
  const records = Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length] as Record<string, string>;
    return {
      ...base,
      id: String(100_000 + i),
      numero: `27-${String(i).padStart(4, '0')}`,
      url_pdf: `http://127.0.0.1:${port}/pdf/${base.numero}/${i}`,
    };
  });
  let downloads = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/pdf/')) {
      downloads++;
      const bytes = pdfs.get(url.pathname.split('/')[2] ?? '');
      if (!bytes) return void response.writeHead(404).end();
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
    }
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const page = records.slice(offset, offset + limit).map((r) => ({
      ...r,
      url_pdf: r.url_pdf.replace(':0/', `:${port}/`),
    }));
    response
      .writeHead(200, { 'content-type': 'application/json', etag: '"bench"' })
      .end(JSON.stringify({ total_count: records.length, results: page }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const source = `http://127.0.0.1:${port}/api/explore/v2.1/catalog/datasets/avp/records`;
  const cacheDir = await mkdtemp(join(tmpdir(), 'avp-bench-feedsync-'));
  const pool = new ParsePool();
  const documents = new FeedDocuments({ parse: (b, s) => pool.parse(b, s), cacheDir });
  let served = 0;
  const sync = createFeedSync({
    source,
    intervalMs: 3_600_000,
    onOffers: (offers) => void (served = offers.length),
    load: { parse: (input, options) => parseFeedInWorker(input, options) },
    fetch: createPortalReader(source, { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 }),
    documents,
  });
  global.gc?.();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heap: before.heapUsed };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  }, 100);
  let started = performance.now();
  await sync.refresh();
  const coldMs = performance.now() - started;
  clearInterval(sampler);
  const after = process.memoryUsage();
  const status = documents.status();
  started = performance.now();
  const downloadsBefore = downloads;
  await sync.refresh(); // 304
  const warmMs = performance.now() - started;
  await pool.close();
  await rm(cacheDir, { recursive: true, force: true });
  server.closeAllConnections();
  server.close();
  const row = (metric: string, value: string): Row => ({ section: 'feedsync', metric, value });
  return [
    row(`cold sync, ${count} records + PDFs (${pool.stats().threads} threads max)`, ms(coldMs)),
    row(
      'offers served / with document / failed',
      `${served} / ${status.withDocument} / ${status.failed}`,
    ),
    row('PDF downloads (cold, then 304)', `${downloadsBefore} then ${downloads - downloadsBefore}`),
    row('second sync (304)', ms(warmMs)),
    row('RSS before → peak → after', `${mb(before.rss)} → ${mb(peak.rss)} → ${mb(after.rss)}`),
    row(
      'heap used before → peak → after',
      `${mb(before.heapUsed)} → ${mb(peak.heap)} → ${mb(after.heapUsed)}`,
    ),
  ];
}
