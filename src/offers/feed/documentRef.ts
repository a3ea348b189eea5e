import { createHash } from 'node:crypto';
import { cellText } from './text.ts';
import { compactColumnName, type FeedRow } from './types.ts';

/** Where a record's official PDF is, and which version of the record names it. */
export interface FeedDocumentRef {
  /** The offer's `source` (`feed:<name>#<id>`). */
  source: string;
  /** The record's `url_pdf`. */
  url: string;
  /**
   * The record's `date_modification` when the portal gives one, otherwise a hash of all its
   * cells: a record whose URL and version are unchanged names the same document.
   */
  version: string;
}

const URL_COLUMN = compactColumnName('url_pdf');
const MODIFIED_COLUMN = compactColumnName('date_modification');

/** The document a record names, or null when it names none (no `url_pdf`). */
export function documentRefOf(row: FeedRow, source: string): FeedDocumentRef | null {
  const url = cellText(row.get(URL_COLUMN));
  if (url === null) return null;
  const modified = cellText(row.get(MODIFIED_COLUMN));
  if (modified !== null) return { source, url, version: `modifié ${modified}` };
  const hash = createHash('sha256');
  for (const [column, value] of [...row].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(column).update('\0').update(value).update('\0');
  return { source, url, version: `empreinte ${hash.digest('hex').slice(0, 32)}` };
}
