import { httpGet, shownUrl, type HttpGetLimits } from './httpGet.ts';
import { isHttpSource, readSource } from './readSource.ts';

/** What one read of the feed source gave. */
export type FetchedFeed =
  | { kind: 'notModified' }
  | { kind: 'failed'; reason: string }
  /** A body (or the pages of one), and `accept()` to keep its validators once it was parsed. */
  | { kind: 'body'; input: Uint8Array | Uint8Array[]; accept(): void };

/** Reads the feed source once per call, remembering what it needs for the next call. */
export type FeedFetcher = () => Promise<FetchedFeed>;

/** Options of {@link createPortalReader}. */
export interface PortalReaderOptions {
  /** Largest body, all pages together. */
  maxBytes: number;
  /** Time for one request (each page has its own). */
  timeoutMs: number;
  /** Records per page of the records API (the portal allows 100). */
  pageSize?: number;
  /** Records the records API can page through (`offset + limit` ≤ 10,000 on Opendatasoft). */
  maxRecords?: number;
}

/** True for an Opendatasoft records endpoint (`…/datasets/<id>/records`), which pages. */
export function isRecordsApi(source: string): boolean {
  if (!isHttpSource(source)) return false;
  return /\/records\/?$/.test(new URL(source).pathname);
}

/** The URL of one page: the source's own query (`where`, `select`…) with `limit` and `offset`. */
function pageUrl(source: string, limit: number, offset: number): string {
  const url = new URL(source);
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  return url.href;
}

/** `total_count` as the records API writes it first; read from the first 4 KB only. */
function totalCount(bytes: Uint8Array): number | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /"total_count"\s*:\s*(\d{1,9})/.exec(head);
  return match ? Number(match[1]) : null;
}

/**
 * Reads the portal's feed: the records API page by page (`limit=100&offset=…`, as many pages as
 * its `total_count` says, within `maxRecords`), a plain export (`exports/json`, `exports/csv`)
 * in one request, or a local file. HTTP reads are conditional: the first request carries the
 * `ETag` and `Last-Modified` of the last body accepted (`If-None-Match`, `If-Modified-Since`),
 * and a 304 is `notModified` (the portal's validators are the dataset's, so a 304 on the first
 * page means no page changed). Validators are kept only once the caller `accept`s the body, so a
 * refused body is downloaded again next time. Never throws.
 */
export function createPortalReader(source: string, options: PortalReaderOptions): FeedFetcher {
  let validators: Record<string, string> = {};
  const limits: HttpGetLimits = {
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    maxRedirects: 3,
  };
  const pageSize = options.pageSize ?? 100;
  const maxRecords = options.maxRecords ?? 10_000;
  const shown = shownUrl(source);

  return async () => {
    if (!isHttpSource(source)) {
      const read = await readSource(source, options);
      return read.ok
        ? { kind: 'body', input: read.bytes, accept: () => undefined }
        : { kind: 'failed', reason: `${shown} : ${read.reason}` };
    }
    const paged = isRecordsApi(source);
    const first = await httpGet(paged ? pageUrl(source, pageSize, 0) : source, limits, {
      accept: 'application/json, text/csv;q=0.9, */*;q=0.5',
      ...validators,
    });
    if (first.kind === 'notModified') return { kind: 'notModified' };
    if (first.kind === 'failed') return { kind: 'failed', reason: `${shown} : ${first.reason}` };
    const next: Record<string, string> = {};
    const etag = first.headers.get('etag');
    const modified = first.headers.get('last-modified');
    if (etag) next['if-none-match'] = etag;
    if (modified) next['if-modified-since'] = modified;
    const pages = [first.bytes];
    const total = paged ? totalCount(first.bytes) : null;
    let size = first.bytes.byteLength;
    if (total !== null) {
      const last = Math.min(total, maxRecords);
      for (let offset = pageSize; offset < last; offset += pageSize) {
        const page = await httpGet(
          pageUrl(source, Math.min(pageSize, last - offset), offset),
          { ...limits, maxBytes: options.maxBytes - size },
          { accept: 'application/json' },
        );
        if (page.kind !== 'body')
          return {
            kind: 'failed',
            reason: `${shown} : page à l'offset ${offset} : ${page.kind === 'failed' ? page.reason : 'réponse 304 inattendue'}`,
          };
        size += page.bytes.byteLength;
        pages.push(page.bytes);
      }
    }
    return {
      kind: 'body',
      input: paged ? pages : first.bytes,
      accept: () => void (validators = next),
    };
  };
}
