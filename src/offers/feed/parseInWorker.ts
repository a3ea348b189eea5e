import type { Worker } from 'node:worker_threads';
import { startThread } from '../../threadWorker.ts';
import type { FeedParseRequest } from './feedParseWorker.ts';
import type { ParsedFeed, ParseFeedOptions } from './parseFeed.ts';
import { feedPath } from './types.ts';

/**
 * Time one body may take to parse in its thread: 30 s, 3× the slowest body within the caps
 * measured on a loaded 2-core machine (`npx tsx bench/feedParse.ts`: 9.5 s for 10,000 real-sized
 * records, 8.6 s for 50 MB of `<a` cells). The event loop never waits on it.
 */
export const DEFAULT_PARSE_BUDGET_MS = 30_000;

/** Old-generation heap of the parsing thread: 2× what the bench's bodies need (256 MB). */
export const PARSE_HEAP_MB = 512;

/** Options of {@link parseFeedInWorker}. */
export interface WorkerParseOptions {
  /** Time allowed, thread start included; {@link DEFAULT_PARSE_BUDGET_MS} by default. */
  budgetMs?: number;
  /** Starts the thread (tests swap in a fake one); the real parse worker by default. */
  spawn?: () => Worker;
}

/**
 * Starts the parse thread: `dist/feedParseWorker.mjs` from the bundle, `feedParseWorker.ts`
 * from the sources (see `startThread`).
 */
export function spawnFeedParseThread(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: PARSE_HEAP_MB };
  const source = new URL('./feedParseWorker.ts', import.meta.url);
  return startThread('feedParseWorker', source, { resourceLimits });
}

/**
 * {@link parseFeed} in a thread of its own, under a time budget and a heap cap: the event loop
 * never waits on a feed body. A body over budget, a thread out of memory or crashed, gives no
 * offers and one problem saying why (the caller keeps its last good feed). Never rejects.
 */
export function parseFeedInWorker(
  input: Uint8Array | string | (Uint8Array | string)[],
  options: ParseFeedOptions = {},
  { budgetMs = DEFAULT_PARSE_BUDGET_MS, spawn = spawnFeedParseThread }: WorkerParseOptions = {},
): Promise<ParsedFeed> {
  const refused = (reason: string): ParsedFeed => ({
    offers: [],
    problems: [{ path: feedPath(options.sourceName ?? 'open-data'), reason }],
    readable: false,
  });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = spawn();
    } catch (error) {
      resolve(refused(`analyse du flux impossible : ${(error as Error).message}`));
      return;
    }
    const finish = (feed: ParsedFeed) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => undefined); // terminate() may still report one
      void worker.terminate();
      resolve(feed);
    };
    const timer = setTimeout(
      () => finish(refused(`analyse du flux trop longue : plus de ${budgetMs} ms, flux refusé`)),
      budgetMs,
    );
    worker.unref();
    worker.once('message', (reply: ParsedFeed | { error: string }) =>
      finish('error' in reply ? refused(`analyse du flux impossible : ${reply.error}`) : reply),
    );
    worker.once('error', (error) =>
      finish(refused(`analyse du flux impossible : ${error.message}`)),
    );
    worker.once('exit', (code) =>
      finish(refused(`analyse du flux impossible : fil d'analyse arrêté (code ${code})`)),
    );
    worker.postMessage({ input, options } satisfies FeedParseRequest);
  });
}
