/**
 * The open-data feed of offers (portal dataset "avis-de-vacances-de-poste-avp-drhfpnc"):
 * readers for its CSV and JSON exports, the merge with the documents, and a sync.
 */
export {
  BODY_COLUMNS,
  FEED_COLUMNS,
  REQUIRED_COLUMNS,
  type FeedColumnRule,
  type MappedField,
} from './columns.ts';
export { START_DATE_LABELS } from './converters.ts';
export { readFeedDay, type DayKind, type FeedDay } from './dates.ts';
export {
  DEFAULT_FEED_TIMEOUT_MS,
  loadFeed,
  readFeed,
  type FeedParser,
  type LoadFeedOptions,
} from './loadFeed.ts';
export { mergeOffers } from './merge.ts';
export { mergeWithDocument } from './mergeDocument.ts';
export { parseFeed, type ParseFeedOptions, type ParsedFeed } from './parseFeed.ts';
export { feedRecordToOffer } from './recordToOffer.ts';
export {
  createFeedSync,
  type FeedRefreshReport,
  type FeedSync,
  type FeedSyncOptions,
} from './sync.ts';
export {
  DEFAULT_FEED_LIMITS,
  compactColumnName,
  type FeedLimits,
  type FeedProblem,
  type FeedRecord,
  type FeedRow,
} from './types.ts';
