import { findDateRange } from './findDateRange.ts';
import { recognizeWithMicrosoft } from './microsoft.ts';
import { mayHoldDate } from './prefilter.ts';
import type { DateMention } from './types.ts';

/**
 * `findDateRange`, then, only when it finds nothing and the cheap pre-filter sees something
 * date-ish, Microsoft's recognizer (lazily loaded, on at most 150 characters). A recognizer
 * failure counts as "no date". Not for the hot path: the first recognizer call takes seconds.
 *
 * @param today the reference Nouméa day, `YYYY-MM-DD`.
 */
export async function findDateRangeAsync(text: string, today: string): Promise<DateMention | null> {
  const ours = findDateRange(text, today);
  if (ours !== null || !mayHoldDate(text)) return ours;
  try {
    return await recognizeWithMicrosoft(text, today);
  } catch {
    return null;
  }
}
