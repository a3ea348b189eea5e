import type { Logger } from 'pino';
import { DEFAULT_BACKOFF_BASE_MS } from '../offers/feed/backoff.ts';
import { FeedDocuments } from '../offers/feed/feedDocuments.ts';
import { createFeedSync, DEFAULT_FEED_LIMITS, type FeedSync } from '../offers/feed/index.ts';
import { DEFAULT_FEED_TIMEOUT_MS } from '../offers/feed/loadFeed.ts';
import { parseFeedInWorker } from '../offers/feed/parseInWorker.ts';
import { createPortalReader } from '../offers/feed/portalReader.ts';
import { createRefreshLog } from '../offers/feed/refreshLog.ts';
import type { CatalogStore } from '../offers/catalogStore.ts';
import type { ParsePool } from '../offers/parsePool.ts';

/** Options of {@link startFeedSync}. */
export interface FeedServiceOptions {
  /** The portal's export or records API URL, or a file. */
  source: string;
  intervalMs: number;
  /** Parses the records' PDFs (the server's parse pool). */
  pool: Pick<ParsePool, 'parse'>;
  /** Folder of the downloaded PDFs (kept across restarts); null: memory only. */
  documentsDir: string | null;
  logger: Logger;
  /** `Math.random` by default (the back-off's jitter). */
  random?: () => number;
}

/** The running feed service: its sync and its documents (for `/readyz` and `/metrics`). */
export interface FeedService {
  sync: FeedSync;
  documents: FeedDocuments;
}

/**
 * Keeps the open-data feed merged into the live catalog: loaded at start, then every
 * interval (conditional requests: a 304 changes nothing), with back-off after failures. Each
 * body is parsed in a worker thread under a time budget; each record's official PDF is fetched
 * once, parsed in the parse pool and merged with its columns. A failed or refused load keeps the
 * last good feed; a failed document leaves its offer served from its columns. One log line per
 * refresh, problems counted by kind, a repeated one not logged again in full.
 */
export function startFeedSync(store: CatalogStore, options: FeedServiceOptions): FeedService {
  const log = createRefreshLog();
  const documents = new FeedDocuments({
    parse: (bytes, source) => options.pool.parse(bytes, source),
    cacheDir: options.documentsDir,
  });
  const sync = createFeedSync({
    source: options.source,
    intervalMs: options.intervalMs,
    onOffers: (offers, problems) => store.setExtraOffers(offers, problems),
    onRefresh: (report) => {
      const line = log(report);
      const status = documents.status();
      options.logger[line.level]({ ...line.fields, documents: status }, line.msg);
    },
    load: { parse: (input, parseOptions) => parseFeedInWorker(input, parseOptions) },
    fetch: createPortalReader(options.source, {
      maxBytes: DEFAULT_FEED_LIMITS.maxBytes,
      timeoutMs: DEFAULT_FEED_TIMEOUT_MS,
    }),
    documents,
    backoff: {
      baseMs: Math.min(DEFAULT_BACKOFF_BASE_MS, options.intervalMs),
      capMs: options.intervalMs,
      random: options.random ?? Math.random,
    },
  });
  sync.start();
  return { sync, documents };
}
