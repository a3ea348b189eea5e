/**
 * Dates in French questions about job offers, as Nouméa day ranges.
 * `findDateRange` (sync, our parsers) is the hot path; `findDateRangeAsync` adds Microsoft's
 * recognizer as a fallback.
 */
export { DATE_PARSERS, DATE_REFINERS, findDateMentions, findDateRange } from './findDateRange.ts';
export {
  findDateRangeAsync,
  type DateRecognizer,
  type FindDateRangeAsyncOptions,
} from './findDateRangeAsync.ts';
export {
  RecognizerWorker,
  recognizeInWorker,
  sharedRecognizer,
  type RecognizerStatus,
} from './recognizerPool.ts';
export { recognizeWithMicrosoft } from './microsoft.ts';
export { mayHoldDate, recognizerWindow } from './prefilter.ts';
export type { DateMention, DateRelation } from './types.ts';
