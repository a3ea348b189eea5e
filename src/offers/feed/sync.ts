import { createHash } from 'node:crypto';
import type { Offer } from '../offer.ts';
import { readFeed, type LoadFeedOptions } from './loadFeed.ts';
import { feedPath, type FeedProblem } from './types.ts';

/** Options of {@link createFeedSync}. */
export interface FeedSyncOptions {
  /** File path or http(s) URL of the feed. */
  source: string;
  /** Time between two reloads, in ms. */
  intervalMs: number;
  /** Called with the offers (and the skipped records) each time the feed's offers changed. */
  onOffers: (offers: Offer[], problems: FeedProblem[]) => void | Promise<void>;
  /** Called when a reload fails (the last offers stay as they were). */
  onProblem?: (problem: FeedProblem) => void;
  /** Passed to the loader (timeout, size cap, source name). */
  load?: LoadFeedOptions;
}

/** A running feed synchronisation. */
export interface FeedSync {
  /** Loads now, then every `intervalMs` (the timer does not keep the process alive). */
  start(): void;
  /** Stops the timer; no callback is made afterwards. */
  stop(): void;
  /** Loads now; true when `onOffers` was called. Concurrent calls share one load. */
  refresh(): Promise<boolean>;
}

/** A hash of the offers, so a reload that changes nothing (or only metadata) calls nobody. */
function hashOffers(offers: readonly Offer[]): string {
  return createHash('sha256').update(JSON.stringify(offers)).digest('hex');
}

/**
 * Keeps a feed in sync: reloads it on an interval and calls `onOffers` only when its
 * offers changed. A failed reload, or one with no offer at all, goes to `onProblem`
 * and never replaces the last good offers.
 */
export function createFeedSync(options: FeedSyncOptions): FeedSync {
  const report = (problem: FeedProblem): void => {
    if (!stopped) options.onProblem?.(problem);
  };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let lastHash: string | null = null;
  let running: Promise<boolean> | null = null;

  async function load(): Promise<boolean> {
    const feed = await readFeed(options.source, options.load);
    if (stopped) return false;
    if (!feed.readable || feed.offers.length === 0) {
      if (feed.problems.length === 0)
        report({
          path: feedPath(options.load?.sourceName ?? options.source),
          reason: 'aucune offre dans le flux',
        });
      feed.problems.forEach(report);
      return false;
    }
    const hash = hashOffers(feed.offers);
    if (hash === lastHash) return false;
    lastHash = hash;
    try {
      await options.onOffers(feed.offers, feed.problems);
      return true;
    } catch (error) {
      lastHash = null;
      report({
        path: feedPath(options.load?.sourceName ?? options.source),
        reason: `onOffers a échoué : ${(error as Error).message}`,
      });
      return false;
    }
  }

  function refresh(): Promise<boolean> {
    running ??= load().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    start() {
      if (timer !== null) return;
      stopped = false;
      void refresh();
      timer = setInterval(() => void refresh(), options.intervalMs);
      timer.unref();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
    refresh,
  };
}
