import type { FeedLimits, FeedRecord } from './types.ts';

/**
 * Why a record is too large to read (a cell over `maxCellChars`, all its cells over
 * `maxRecordChars`), or null when it is within the caps. Checked before any text cleaning, so
 * the converters and the markup stripping only ever see bounded cells.
 */
export function oversizedRecord(
  record: FeedRecord,
  { maxCellChars, maxRecordChars }: Pick<FeedLimits, 'maxCellChars' | 'maxRecordChars'>,
): string | null {
  let total = 0;
  for (const [column, value] of record.values) {
    if (value.length > maxCellChars)
      return `colonne ${column} de ${value.length} caractères (maximum ${maxCellChars})`;
    total += value.length;
  }
  return total > maxRecordChars ? `${total} caractères (maximum ${maxRecordChars})` : null;
}
