import type { Offer } from '../offer.ts';
import { readFeed, type LoadFeedOptions } from './loadFeed.ts';
import { offersHash } from './offersHash.ts';
import type { ParsedFeed } from './parseFeed.ts';
import { feedPath, type FeedProblem } from './types.ts';

/** What one refresh did: merged changed offers, found the same offers, or kept the last ones. */
export interface FeedRefreshReport {
  outcome: 'merged' | 'unchanged' | 'refused';
  /** Offers read this time (0 when refused). */
  offers: number;
  /** Every problem of this refresh (skipped records, or why the feed was refused). */
  problems: readonly FeedProblem[];
}

/** Options of {@link createFeedSync}. */
export interface FeedSyncOptions {
  /** File path or http(s) URL of the feed. */
  source: string;
  /** Time between two reloads, in ms. */
  intervalMs: number;
  /** Called with the offers (and the skipped records) each time the feed's offers changed. */
  onOffers: (offers: Offer[], problems: FeedProblem[]) => void | Promise<void>;
  /** Called for each problem of a reload that failed (the last offers stay as they were). */
  onProblem?: (problem: FeedProblem) => void;
  /** Called once per reload, whatever its outcome: what to log (see `refreshLog`). */
  onRefresh?: (report: FeedRefreshReport) => void;
  /** Passed to the loader (timeout, size caps, source name, parser). */
  load?: LoadFeedOptions;
}

/** A running feed synchronisation. */
export interface FeedSync {
  /** Loads now, then every `intervalMs` (the timer does not keep the process alive). */
  start(): void;
  /** Stops the timer; no callback is made afterwards. */
  stop(): void;
  /** Loads now; true when `onOffers` was called. Concurrent calls share one load. Never rejects. */
  refresh(): Promise<boolean>;
}

/** Calls a callback of the caller's; what it throws is dropped (a refresh never fails for it). */
function quietly<T>(callback: ((value: T) => void) | undefined, value: T): void {
  try {
    callback?.(value);
  } catch {
    // The caller's logger or hook failed: nothing better to tell it with.
  }
}

/**
 * Keeps a feed in sync: reloads it on an interval and calls `onOffers` only when its
 * offers changed. A failed reload, or one with no offer at all, goes to `onProblem`
 * and never replaces the last good offers. Whatever a reload meets (unreachable source,
 * hostile body, parser or callback failure), its promise resolves: nothing escapes as an
 * unhandled rejection.
 */
export function createFeedSync(options: FeedSyncOptions): FeedSync {
  const path = feedPath(options.load?.sourceName ?? options.source);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let lastHash: string | null = null;
  let running: Promise<boolean> | null = null;

  const tell = (outcome: FeedRefreshReport['outcome'], feed: ParsedFeed): void => {
    if (stopped) return;
    if (outcome === 'refused')
      for (const problem of feed.problems) quietly(options.onProblem, problem);
    quietly(options.onRefresh, {
      outcome,
      offers: outcome === 'refused' ? 0 : feed.offers.length,
      problems: feed.problems,
    });
  };
  const refused = (reason: string): ParsedFeed => ({
    offers: [],
    problems: [{ path, reason }],
    readable: false,
  });

  async function load(): Promise<boolean> {
    const feed = await readFeed(options.source, options.load);
    if (stopped) return false;
    if (!feed.readable || feed.offers.length === 0) {
      tell('refused', feed.problems.length === 0 ? refused('aucune offre dans le flux') : feed);
      return false;
    }
    // The parse thread's hash when it gave one (the server's case); computed here otherwise.
    const hash = feed.hash ?? offersHash(feed.offers);
    if (hash === lastHash) {
      tell('unchanged', feed);
      return false;
    }
    lastHash = hash;
    try {
      await options.onOffers(feed.offers, feed.problems);
    } catch (error) {
      lastHash = null;
      tell('refused', refused(`onOffers a échoué : ${(error as Error).message}`));
      return false;
    }
    tell('merged', feed);
    return true;
  }

  function refresh(): Promise<boolean> {
    running ??= load()
      .catch((error: unknown) => {
        tell('refused', refused(`rafraîchissement impossible : ${String(error)}`));
        return false;
      })
      .finally(() => {
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
