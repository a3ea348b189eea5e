import type { Offer } from '../offer.ts';
import { readFeedCsv } from './csvReader.ts';
import { decodeFeed, detectFormat } from './decode.ts';
import { latestPerReference } from './dedupe.ts';
import { documentRefOf, type FeedDocumentRef } from './documentRef.ts';
import { readFeedJson } from './jsonReader.ts';
import { oversizedRecord } from './recordLimits.ts';
import { feedRecordToOffer } from './recordToOffer.ts';
import {
  DEFAULT_FEED_LIMITS,
  feedPath,
  type FeedLimits,
  type FeedProblem,
  type FeedRecords,
} from './types.ts';

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
  /** The official PDF each kept offer names (`url_pdf`), for the offers that name one. */
  documents?: FeedDocumentRef[];
}

/** The records of one body (CSV or JSON, detected from the content), or why it is refused. */
function readBody(input: string | Uint8Array, sourceName: string, limits: FeedLimits): FeedRecords {
  const decoded = decodeFeed(input, limits.maxBytes);
  if (decoded.text === null)
    return {
      records: [],
      problems: [{ path: feedPath(sourceName), reason: decoded.reason }],
      readable: false,
    };
  const read =
    detectFormat(decoded.text) === 'json'
      ? readFeedJson(decoded.text, sourceName, limits)
      : readFeedCsv(decoded.text, sourceName, limits);
  if (decoded.note === null) return read;
  return {
    ...read,
    problems: [{ path: feedPath(sourceName), reason: decoded.note }, ...read.problems],
  };
}

/**
 * The records of the pages of a paged answer (records API), one after the other: the rows of a
 * page count on from the page before. One unreadable page refuses them all (a partial feed
 * would withdraw offers); the rows cap holds over all the pages.
 */
function readPages(
  pages: readonly (string | Uint8Array)[],
  sourceName: string,
  limits: FeedLimits,
): FeedRecords {
  const all: FeedRecords = { records: [], problems: [], readable: true };
  for (const [index, page] of pages.entries()) {
    const read = readBody(page, sourceName, {
      ...limits,
      maxRows: Math.max(0, limits.maxRows - all.records.length),
    });
    if (!read.readable)
      return {
        records: [],
        problems: read.problems.map((p) => ({ ...p, reason: `page ${index + 1} : ${p.reason}` })),
        readable: false,
      };
    const offset = all.records.length;
    for (const record of read.records) all.records.push({ ...record, row: record.row + offset });
    all.problems.push(...read.problems);
  }
  return all;
}

/**
 * Parses a feed export (CSV or JSON, detected from the content) into offers. Never
 * throws: a bad record is skipped and reported (row + reason), a bad file gives no
 * offers and one problem. A reference published twice keeps its latest publication.
 * Within the limits (defaults: {@link DEFAULT_FEED_LIMITS}) its cost is linear in the input.
 */
export function parseFeed(
  input: string | Uint8Array | readonly (string | Uint8Array)[],
  options: ParseFeedOptions = {},
): ParsedFeed {
  const { sourceName = 'open-data', ...given } = options;
  const limits: FeedLimits = { ...DEFAULT_FEED_LIMITS };
  for (const [name, value] of Object.entries(given))
    if (value !== undefined) Object.assign(limits, { [name]: value });
  const read = Array.isArray(input)
    ? readPages(input, sourceName, limits)
    : readBody(input as string | Uint8Array, sourceName, limits);
  const problems = [...read.problems];
  if (!read.readable) return { offers: [], problems, readable: false };
  const offers: Offer[] = [];
  const refs = new Map<string, FeedDocumentRef>();
  for (const record of read.records) {
    const oversized = oversizedRecord(record, limits);
    const result =
      oversized === null ? feedRecordToOffer(record, sourceName) : { skipped: oversized };
    if ('offer' in result) {
      offers.push(result.offer);
      const ref = documentRefOf(record.values, result.offer.source);
      if (ref !== null) refs.set(ref.source, ref);
    } else
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
  const documents = deduped.offers.flatMap((offer) => refs.get(offer.source) ?? []);
  return { offers: deduped.offers, problems, readable: true, documents };
}
