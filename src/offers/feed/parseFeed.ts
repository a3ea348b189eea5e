import type { Offer } from '../offer.ts';
import { readFeedCsv } from './csvReader.ts';
import { decodeFeed, detectFormat } from './decode.ts';
import { latestPerReference } from './dedupe.ts';
import { readFeedJson } from './jsonReader.ts';
import { oversizedRecord } from './recordLimits.ts';
import { feedRecordToOffer } from './recordToOffer.ts';
import { DEFAULT_FEED_LIMITS, feedPath, type FeedLimits, type FeedProblem } from './types.ts';

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions extends Partial<FeedLimits> {
  /** Names the feed in sources and problem paths (`feed:<sourceName>#<id>`). Default `open-data`. */
  sourceName?: string;
}

/** The offers of a feed and what could not be read. */
export interface ParsedFeed {
  offers: Offer[];
  problems: FeedProblem[];
  /** False when the input as a whole was rejected (then `offers` is empty). */
  readable: boolean;
  /** `offersHash` of `offers`, when the parse thread computed it (see `feedParseWorker.ts`). */
  hash?: string;
}

/**
 * Parses a feed export (CSV or JSON, detected from the content) into offers. Never
 * throws: a bad record is skipped and reported (row + reason), a bad file gives no
 * offers and one problem. A reference published twice keeps its latest publication.
 * Within the limits (defaults: {@link DEFAULT_FEED_LIMITS}) its cost is linear in the input.
 */
export function parseFeed(input: string | Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  const { sourceName = 'open-data', ...given } = options;
  const limits: FeedLimits = { ...DEFAULT_FEED_LIMITS };
  for (const [name, value] of Object.entries(given))
    if (value !== undefined) Object.assign(limits, { [name]: value });
  const decoded = decodeFeed(input, limits.maxBytes);
  if (decoded.text === null)
    return {
      offers: [],
      problems: [{ path: feedPath(sourceName), reason: decoded.reason }],
      readable: false,
    };
  const read =
    detectFormat(decoded.text) === 'json'
      ? readFeedJson(decoded.text, sourceName, limits)
      : readFeedCsv(decoded.text, sourceName, limits);
  const problems =
    decoded.note === null
      ? [...read.problems]
      : [{ path: feedPath(sourceName), reason: decoded.note }, ...read.problems];
  if (!read.readable) return { offers: [], problems, readable: false };
  const offers: Offer[] = [];
  for (const record of read.records) {
    const oversized = oversizedRecord(record, limits);
    const result =
      oversized === null ? feedRecordToOffer(record, sourceName) : { skipped: oversized };
    if ('offer' in result) offers.push(result.offer);
    else
      problems.push({
        path: feedPath(sourceName),
        row: record.row,
        reason: `enregistrement ligne ${record.row} ignoré : ${result.skipped}`,
      });
  }
  const deduped = latestPerReference(offers);
  for (const dropped of deduped.replaced) {
    problems.push({
      path: dropped.offer.source,
      reason: `${dropped.offer.reference} republiée : remplacée par ${dropped.by.source}`,
    });
  }
  return { offers: deduped.offers, problems, readable: true };
}
