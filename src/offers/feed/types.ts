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

/**
 * Safety limits on what a feed may hold. With them, reading one body costs time and memory
 * linear in its size (see DESIGN.md, "Open-data feed: caps"): every regular expression over
 * feed text is linear, and no reader recurses deeper than `maxDepth`.
 */
export interface FeedLimits {
  /** Largest accepted input, in bytes. */
  maxBytes: number;
  /** Most records read; the rest are ignored and reported. */
  maxRows: number;
  /** Deepest JSON nesting (arrays and objects open at once); a deeper body is refused whole. */
  maxDepth: number;
  /** Longest cell, in characters; a record with a longer one is skipped and reported. */
  maxCellChars: number;
  /** Most characters in all the cells of one record; a larger record is skipped and reported. */
  maxRecordChars: number;
  /** Most columns: a CSV header with more is refused whole, a JSON record with more is skipped. */
  maxColumns: number;
}

/**
 * 50 MB and 100,000 records: the whole history (~20,000 offers) fits several times.
 * Nesting 20: the deepest real shape (`{"records":[{"record":{"fields":{"c":[…]}}}]}`) has 6.
 * A cell of 32,000 characters and a record of 128,000: the longest whole real offer document is
 * 8,400 characters, the longest real cell a few hundred. 200 columns: the portal has 45.
 */
export const DEFAULT_FEED_LIMITS: Readonly<FeedLimits> = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxDepth: 20,
  maxCellChars: 32_000,
  maxRecordChars: 128_000,
  maxColumns: 200,
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
