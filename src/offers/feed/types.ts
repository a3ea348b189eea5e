/**
 * Shared types of the open-data feed readers (portal dataset
 * "avis-de-vacances-de-poste-avp-drhfpnc").
 */

/**
 * One record of the feed: column name → raw text, keys compacted with
 * {@link compactColumnName} so that the CSV / API v2.1 names (`libelle_poste`)
 * and the API v1 names (`libelleposte`) are the same key.
 */
export type FeedRow = ReadonlyMap<string, string>;

/** A record read from a feed file, with where it was. */
export interface FeedRecord {
  /** CSV: the line of the file where the record starts (header = 1); JSON: its position in the list (1-based). */
  row: number;
  values: FeedRow;
}

/** Something that could not be read; the same shape as the catalog's problems. */
export interface FeedProblem {
  /** `feed:<source name>` or, for one record, `feed:<source name>#<id>`. */
  path: string;
  reason: string;
  /** The record's row (see {@link FeedRecord.row}) when the problem is about one record. */
  row?: number;
}

/** What a reader made of a whole file. */
export interface FeedRecords {
  records: FeedRecord[];
  /** Problems met while reading (bad records, too many rows...). */
  problems: FeedProblem[];
  /** False when the input as a whole was rejected (not a feed, binary, too large...). */
  readable: boolean;
}

/** Safety limits on what a feed may hold. */
export interface FeedLimits {
  /** Largest accepted input, in bytes. */
  maxBytes: number;
  /** Most records read; the rest are ignored and reported. */
  maxRows: number;
}

/** 50 MB and 100,000 records: the whole history (~20,000 offers) fits several times. */
export const DEFAULT_FEED_LIMITS: Readonly<FeedLimits> = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
};

/** The same name for every spelling of a column: lower case, no `_`, `-`, `.` or spaces. */
export function compactColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

/** The `path` of a problem or the `source` of an offer: `feed:<name>` or `feed:<name>#<id>`. */
export function feedPath(sourceName: string, id?: string | null): string {
  return id ? `feed:${sourceName}#${id}` : `feed:${sourceName}`;
}
