import type { Offer } from '../offer.ts';
import { backoffDelay, type BackoffPolicy } from './backoff.ts';
import type { FeedDocumentRef } from './documentRef.ts';
import { parseFeedBody, readFeed, type LoadFeedOptions } from './loadFeed.ts';
import { offersHash } from './offersHash.ts';
import type { ParsedFeed } from './parseFeed.ts';
import type { FeedFetcher } from './portalReader.ts';
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
  /**
   * Reads the source (conditional requests, pages: see `createPortalReader`); without it, the
   * source is read whole at each refresh.
   */
  fetch?: FeedFetcher;
  /** Adds each record's official document to the offers before `onOffers` (see `FeedDocuments`). */
  documents?: FeedDocumentStage;
  /**
   * Waits after failed refreshes (exponential, capped, jittered); without it, a failed refresh
   * waits `intervalMs` like any other.
   */
  backoff?: BackoffPolicy;
  /** Timers (tests count the waits asked); the global ones by default. */
  timers?: FeedTimers;
}

/** The documents stage of a refresh (see `FeedDocuments`). */
export interface FeedDocumentStage {
  attach(
    offers: readonly Offer[],
    refs: readonly FeedDocumentRef[],
  ): Promise<{ offers: Offer[]; problems: FeedProblem[] }>;
  /** True when the last attach should be tried again although the feed did not change. */
  stale(): boolean;
}

/** The two timer functions a sync uses. */
export interface FeedTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const GLOBAL_TIMERS: FeedTimers = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A running feed synchronisation. */
export interface FeedSync {
  /**
   * Loads now, then `intervalMs` after each refresh (after a failed one, the back-off's wait
   * when there is one); the timer does not keep the process alive.
   */
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
  const timers = options.timers ?? GLOBAL_TIMERS;
  let timer: unknown = null;
  let stopped = false;
  let lastHash: string | null = null;
  /** The last feed whose offers were served: kept for a 304 whose documents need another try. */
  let lastFeed: ParsedFeed | null = null;
  let running: Promise<boolean> | null = null;
  /** Refreshes refused in a row (the back-off's count). */
  let failures = 0;

  const tell = (outcome: FeedRefreshReport['outcome'], feed: ParsedFeed): void => {
    failures = outcome === 'refused' ? failures + 1 : 0;
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

  /** The feed, read and parsed; null when the source said it has not changed (304). */
  async function read(): Promise<{ feed: ParsedFeed; accept(): void } | null> {
    if (options.fetch === undefined)
      return { feed: await readFeed(options.source, options.load), accept: () => undefined };
    const fetched = await options.fetch();
    if (fetched.kind === 'notModified') return null;
    if (fetched.kind === 'failed')
      return { feed: refused(fetched.reason), accept: () => undefined };
    return { feed: await parseFeedBody(fetched.input, options.source, options.load), ...fetched };
  }

  /** Serves a feed's offers, with their documents when there is a documents stage. */
  async function serve(feed: ParsedFeed): Promise<boolean> {
    try {
      const served = options.documents
        ? await options.documents.attach(feed.offers, feed.documents ?? [])
        : { offers: feed.offers, problems: [] };
      await options.onOffers(served.offers, [...feed.problems, ...served.problems]);
    } catch (error) {
      lastHash = null;
      tell('refused', refused(`onOffers a échoué : ${(error as Error).message}`));
      return false;
    }
    lastFeed = feed;
    tell('merged', feed);
    return true;
  }

  async function load(): Promise<boolean> {
    const got = await read();
    if (stopped) return false;
    const retryDocuments = options.documents?.stale() ?? false;
    if (got === null) {
      // 304: the last feed stands; only documents that failed for a while are tried again.
      if (lastFeed !== null && retryDocuments) return serve(lastFeed);
      tell('unchanged', lastFeed ?? { offers: [], problems: [], readable: true });
      return false;
    }
    const { feed, accept } = got;
    if (!feed.readable || feed.offers.length === 0) {
      tell('refused', feed.problems.length === 0 ? refused('aucune offre dans le flux') : feed);
      return false;
    }
    // The parse thread's hash when it gave one (the server's case); computed here otherwise.
    const hash = feed.hash ?? offersHash(feed.offers, feed.documents);
    if (hash === lastHash && !retryDocuments) {
      accept();
      tell('unchanged', feed);
      return false;
    }
    lastHash = hash;
    const served = await serve(feed);
    if (served) accept();
    return served;
  }

  /** The wait before the next refresh, after one that `failed` or not. */
  const nextWait = (): number =>
    failures > 0 && options.backoff ? backoffDelay(failures, options.backoff) : options.intervalMs;

  const schedule = (): void => {
    if (stopped) return;
    timer = timers.set(() => {
      timer = null;
      void refresh().then(schedule);
    }, nextWait());
  };

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
      timer = true; // a second start() while the first load runs does nothing
      void refresh().then(schedule);
    },
    stop() {
      stopped = true;
      if (timer !== null && timer !== true) timers.clear(timer);
      timer = null;
    },
    refresh,
  };
}
