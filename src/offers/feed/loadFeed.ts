import { parseFeed, type ParsedFeed, type ParseFeedOptions } from './parseFeed.ts';
import { readSource, sourceNameOf } from './readSource.ts';
import { DEFAULT_FEED_LIMITS, feedPath, type FeedLimits, type FeedProblem } from './types.ts';
import type { Offer } from '../offer.ts';

/** Options of {@link loadFeed}. */
export interface LoadFeedOptions extends Partial<FeedLimits> {
  /** Names the feed in `offer.source` (`feed:<sourceName>#<id>`); default: URL host or file name. */
  sourceName?: string;
  /** Time allowed for an HTTP download, body included. Default 30 s. */
  timeoutMs?: number;
  /** Parses the body: {@link parseFeed} in this thread by default (the server uses a worker). */
  parse?: FeedParser;
}

/** Turns a feed body (or the pages of one) into offers, e.g. {@link parseFeed} or `parseFeedInWorker`. */
export type FeedParser = (
  input: Uint8Array | Uint8Array[],
  options: ParseFeedOptions,
) => ParsedFeed | Promise<ParsedFeed>;

/** Default HTTP timeout of {@link loadFeed}. */
export const DEFAULT_FEED_TIMEOUT_MS = 30_000;

/**
 * Reads and parses a feed, telling a failed read (`readable: false`) from a feed that
 * has few or no offers. Never throws (a parser that throws or rejects is a problem too).
 */
export async function readFeed(source: string, options: LoadFeedOptions = {}): Promise<ParsedFeed> {
  let sourceName = options.sourceName;
  try {
    sourceName ??= sourceNameOf(source);
  } catch {
    sourceName = source;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_FEED_LIMITS.maxBytes;
  const read = await readSource(source, {
    maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS,
  });
  // The query is left out of messages: a portal URL may carry an API key.
  const shown = source.replace(/[?#].*$/s, '');
  if (!read.ok)
    return {
      offers: [],
      problems: [{ path: feedPath(sourceName), reason: `${shown} : ${read.reason}` }],
      readable: false,
    };
  const { parse = parseFeed, timeoutMs: _timeout, sourceName: _name, ...limits } = options;
  try {
    return await parse(read.bytes, { ...limits, sourceName, maxBytes });
  } catch (error) {
    const reason = `analyse du flux impossible : ${(error as Error).message}`;
    return { offers: [], problems: [{ path: feedPath(sourceName), reason }], readable: false };
  }
}

/**
 * Parses a body already read (or the pages of one) with the options' parser. Never throws:
 * a parser that throws or rejects gives an unreadable feed with its reason.
 */
export async function parseFeedBody(
  input: Uint8Array | Uint8Array[],
  source: string,
  options: LoadFeedOptions = {},
): Promise<ParsedFeed> {
  let sourceName = options.sourceName;
  try {
    sourceName ??= sourceNameOf(source);
  } catch {
    sourceName = source;
  }
  const { parse = parseFeed, timeoutMs: _timeout, sourceName: _name, ...limits } = options;
  try {
    return await parse(input, {
      ...limits,
      sourceName,
      maxBytes: limits.maxBytes ?? DEFAULT_FEED_LIMITS.maxBytes,
    });
  } catch (error) {
    const reason = `analyse du flux impossible : ${(error as Error).message}`;
    return { offers: [], problems: [{ path: feedPath(sourceName), reason }], readable: false };
  }
}

/**
 * Loads the offers of an open-data feed from a file path or an http(s) URL (CSV or JSON,
 * API v1 or v2.1). A failure (unreachable, HTTP error, timeout, too large, not a feed)
 * is a problem, never a throw; skipped records are problems too.
 *
 * @example
 * const { offers, problems } = await loadFeed('https://data.gouv.nc/api/explore/v2.1/catalog/datasets/avis-de-vacances-de-poste-avp-drhfpnc/exports/csv');
 */
export async function loadFeed(
  source: string,
  options: LoadFeedOptions = {},
): Promise<{ offers: Offer[]; problems: FeedProblem[] }> {
  const { offers, problems } = await readFeed(source, options);
  return { offers, problems };
}
