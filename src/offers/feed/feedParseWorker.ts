/**
 * The worker thread that parses one feed body (started by `parseFeedInWorker`, never imported
 * by the main thread): `{ input, options }` → the `ParsedFeed`, or `{ error }`. A body that
 * takes too long hangs only this thread: the main thread terminates it at its budget.
 */
import { parentPort } from 'node:worker_threads';
import { offersHash } from './offersHash.ts';
import { parseFeed, type ParseFeedOptions } from './parseFeed.ts';

/** The one message the thread receives. */
export interface FeedParseRequest {
  input: Uint8Array | string | (Uint8Array | string)[];
  options: ParseFeedOptions;
}

const port = parentPort;
port?.once('message', ({ input, options }: FeedParseRequest) => {
  try {
    const feed = parseFeed(input, options);
    // Hashed here, not by the main thread: ~320 ms for 28,000 offers (see `offersHash`).
    port.postMessage({ ...feed, hash: offersHash(feed.offers, feed.documents) });
  } catch (error) {
    port.postMessage({ error: String(error) });
  }
});
