import { findDateRange } from './findDateRange.ts';
import { recognizeWithMicrosoft } from './microsoft.ts';
import { mayHoldDate } from './prefilter.ts';
import type { DateMention } from './types.ts';

/** A fallback recognizer: the first date of a question, or null. */
export type DateRecognizer = (text: string, today: string) => Promise<DateMention | null>;

export interface FindDateRangeAsyncOptions {
  /**
   * The fallback: `recognizeWithMicrosoft` (in this thread) by default; a server passes
   * `recognizeInWorker` so the recognizer runs in a worker thread under a time budget.
   */
  recognize?: DateRecognizer;
}

/**
 * `findDateRange`, then, only when it finds nothing and the cheap pre-filter sees something
 * date-ish, a fallback recognizer (by default Microsoft's, lazily loaded, on at most 150
 * characters). A recognizer failure counts as "no date". Not for the hot path: the first
 * recognizer call takes seconds (see `recognizeInWorker` for a budgeted one).
 *
 * @param today the reference Nouméa day, `YYYY-MM-DD`.
 */
export async function findDateRangeAsync(
  text: string,
  today: string,
  options: FindDateRangeAsyncOptions = {},
): Promise<DateMention | null> {
  const ours = findDateRange(text, today);
  if (ours !== null || !mayHoldDate(text)) return ours;
  try {
    return await (options.recognize ?? recognizeWithMicrosoft)(text, today);
  } catch {
    return null;
  }
}
