import type { Logger } from 'pino';
import { createFeedSync } from '../offers/feed/index.ts';
import type { CatalogStore } from '../offers/catalogStore.ts';

/**
 * Keeps the open-data feed merged into the live catalog: loaded at start, then
 * every interval; a failed load keeps the last good feed and is logged.
 */
export function startFeedSync(
  store: CatalogStore,
  source: string,
  intervalMs: number,
  logger: Logger,
): { stop(): void } {
  const sync = createFeedSync({
    source,
    intervalMs,
    onOffers: async (offers, problems) => {
      await store.setExtraOffers(offers, problems);
      logger.info({ offers: offers.length, problems: problems.length }, 'flux open data fusionné');
    },
    onProblem: (problem) =>
      logger.warn({ path: problem.path, reason: problem.reason }, 'flux open data illisible'),
  });
  sync.start();
  return sync;
}
