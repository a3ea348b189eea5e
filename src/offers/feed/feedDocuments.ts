import type { Offer } from '../offer.ts';
import type { ParseOutcome } from '../parseCache.ts';
import { mapLimit } from '../loadCatalog.ts';
import { MAX_PDF_BYTES } from '../pdf/pdfLimits.ts';
import { DocumentCache, documentKey } from './documentCache.ts';
import type { FeedDocumentRef } from './documentRef.ts';
import { httpGet, shownUrl, type HttpFailureKind } from './httpGet.ts';
import { mergeWithDocument } from './mergeDocument.ts';
import type { FeedProblem } from './types.ts';

/** Why a record's document is not served: a download failure, or a PDF the parser refused. */
export type DocumentFailureKind = HttpFailureKind | 'unreadable';

/** Failures that may pass another time: tried again at the next refresh. */
const TRANSIENT: ReadonlySet<DocumentFailureKind> = new Set([
  'unreachable',
  'http_status',
  'timeout',
]);

/** Downloads at once: the portal is one server, and four keep a cold sync of 2,300 PDFs short. */
export const DEFAULT_DOCUMENT_CONCURRENCY = 4;
/** Time for one PDF, redirects and body included: an AVP of ~100 KB takes well under a second. */
export const DEFAULT_DOCUMENT_TIMEOUT_MS = 15_000;
/** Redirects followed for one PDF (the portal's download links redirect once to storage). */
export const DEFAULT_DOCUMENT_REDIRECTS = 3;

/** Options of {@link FeedDocuments}. */
export interface FeedDocumentsOptions {
  /** Parses a PDF's bytes (the parse pool: worker threads under a time budget). */
  parse: (bytes: Uint8Array, source: string) => Promise<ParseOutcome>;
  /** Folder of downloaded PDFs; none: kept in memory for this process only. */
  cacheDir?: string | null;
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Largest PDF (the PDF reader's own cap by default). */
  maxBytes?: number;
  /** Combines a record's columns with its document's values. */
  merge?: typeof mergeWithDocument;
}

/** What the documents of the feed in service are: for `/readyz` and `/metrics`. */
export interface FeedDocumentsStatus {
  /** Offers of the feed in service. */
  offers: number;
  /** Offers whose record names a document (`url_pdf`). */
  named: number;
  /** Offers served with their document's values. */
  withDocument: number;
  /** Offers served from their columns because their document failed. */
  failed: number;
  /** Failed documents per kind of failure. */
  failures: Partial<Record<DocumentFailureKind, number>>;
}

type Entry =
  | { ok: true; document: Offer }
  | { ok: false; kind: DocumentFailureKind; reason: string };

/**
 * The official PDF of each feed record: downloaded once (at most `concurrency` at a time, each
 * under a size cap, a time budget and a redirect limit), kept in a cache folder by URL and
 * version, parsed in the parse pool and merged with the record's columns (`mergeWithDocument`:
 * the PDF is authoritative). A document that cannot be had, for whatever reason, leaves its offer
 * served from its columns, and the reason is a problem of that offer. Never rejects.
 */
export class FeedDocuments {
  private entries = new Map<string, Entry>();
  private current: FeedDocumentsStatus = {
    offers: 0,
    named: 0,
    withDocument: 0,
    failed: 0,
    failures: {},
  };
  private readonly cache: DocumentCache | null;
  private readonly maxBytes: number;
  /** Downloads made since start (tests and the benchmark read it). */
  downloads = 0;

  constructor(private readonly options: FeedDocumentsOptions) {
    this.maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
    this.cache = options.cacheDir ? new DocumentCache(options.cacheDir, this.maxBytes) : null;
  }

  /** The documents of the feed in service. */
  status(): FeedDocumentsStatus {
    return this.current;
  }

  /** True when a document of the feed in service failed in a way that may pass another time. */
  stale(): boolean {
    for (const entry of this.entries.values())
      if (!entry.ok && TRANSIENT.has(entry.kind)) return true;
    return false;
  }

  /** The offers of a feed with their documents' values, and a problem per failed document. */
  async attach(
    offers: readonly Offer[],
    refs: readonly FeedDocumentRef[],
  ): Promise<{ offers: Offer[]; problems: FeedProblem[] }> {
    const bySource = new Map(refs.map((ref) => [ref.source, ref]));
    const keys = new Map(refs.map((ref) => [ref.source, documentKey(ref)]));
    const entries = new Map<string, Entry>();
    const named = offers.filter((offer) => bySource.has(offer.source));
    await mapLimit(
      named,
      this.options.concurrency ?? DEFAULT_DOCUMENT_CONCURRENCY,
      async (offer) => {
        const ref = bySource.get(offer.source) as FeedDocumentRef;
        const key = keys.get(offer.source) as string;
        const known = entries.get(key) ?? this.entries.get(key);
        const entry =
          known !== undefined && (known.ok || !TRANSIENT.has(known.kind))
            ? known
            : await this.fetchAndParse(ref, key);
        entries.set(key, entry);
      },
    );
    this.entries = entries;
    await this.cache?.prune(new Set(entries.keys()));

    const problems: FeedProblem[] = [];
    const failures: FeedDocumentsStatus['failures'] = {};
    let withDocument = 0;
    const merge = this.options.merge ?? mergeWithDocument;
    const served = offers.map((offer) => {
      const key = keys.get(offer.source);
      const entry = key === undefined ? undefined : entries.get(key);
      if (entry === undefined) return offer;
      if (!entry.ok) {
        failures[entry.kind] = (failures[entry.kind] ?? 0) + 1;
        problems.push({
          path: offer.source,
          reason: `document officiel ${shownUrl(bySource.get(offer.source)?.url ?? '')} : ${entry.reason} ; offre servie depuis les colonnes du flux`,
        });
        return offer;
      }
      withDocument++;
      const merged = merge(offer, entry.document);
      const warnings = merged.offer.warnings.slice();
      for (const warning of merged.warnings)
        if (!warnings.includes(warning)) warnings.push(warning);
      return { ...merged.offer, warnings };
    });
    this.current = {
      offers: offers.length,
      named: named.length,
      withDocument,
      failed: named.length - withDocument,
      failures,
    };
    return { offers: served, problems };
  }

  private async fetchAndParse(ref: FeedDocumentRef, key: string): Promise<Entry> {
    let bytes = (await this.cache?.get(key)) ?? null;
    if (bytes === null) {
      this.downloads++;
      const got = await httpGet(
        ref.url,
        {
          maxBytes: this.maxBytes,
          timeoutMs: this.options.timeoutMs ?? DEFAULT_DOCUMENT_TIMEOUT_MS,
          maxRedirects: this.options.maxRedirects ?? DEFAULT_DOCUMENT_REDIRECTS,
        },
        { accept: 'application/pdf, */*;q=0.5' },
      );
      if (got.kind === 'failed') return { ok: false, kind: got.failure, reason: got.reason };
      if (got.kind === 'notModified')
        return { ok: false, kind: 'http_status', reason: 'HTTP 304 sans requête conditionnelle' };
      bytes = got.bytes;
    }
    // Named `.pdf` so the parser reads it as a PDF, whatever the URL looks like.
    const outcome = await this.options.parse(bytes, `${ref.source}.pdf`);
    if (!outcome.ok)
      return outcome.retry
        ? { ok: false, kind: 'timeout', reason: outcome.reason }
        : { ok: false, kind: 'unreadable', reason: outcome.reason };
    await this.cache?.put(key, bytes);
    return { ok: true, document: outcome.offer };
  }
}
