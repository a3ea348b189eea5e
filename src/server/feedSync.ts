import type { Logger } from 'pino';
import { createFeedSync, type FeedSync } from '../offers/feed/index.ts';
import { parseFeedInWorker } from '../offers/feed/parseInWorker.ts';
import { createRefreshLog } from '../offers/feed/refreshLog.ts';
import type { CatalogStore } from '../offers/catalogStore.ts';

/**
 * Keeps the open-data feed merged into the live catalog: loaded at start, then every
 * interval. Each body is parsed in a worker thread under a time budget (the event loop never
 * waits on it); a failed or refused load keeps the last good feed. One log line per refresh,
 * problems counted by kind, a repeated one not logged again in full.
 */
export function startFeedSync(
  store: CatalogStore,
  source: string,
  intervalMs: number,
  logger: Logger,
): FeedSync {
  const log = createRefreshLog();
  const sync = createFeedSync({
    source,
    intervalMs,
    onOffers: (offers, problems) => store.setExtraOffers(offers, problems),
    onRefresh: (report) => {
      const line = log(report);
      logger[line.level](line.fields, line.msg);
    },
    load: { parse: (input, options) => parseFeedInWorker(input, options) },
  });
  sync.start();
  return sync;
}
