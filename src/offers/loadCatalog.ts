import { lstatSync } from 'node:fs';
import { Catalog, type CatalogProblem } from './catalog.ts';
import {
  FOLDER_LINK_REASON,
  listDocuments,
  refusal,
  sourcePath,
  RealFolders,
  throughRealFolders,
  unreadable,
} from './documentFolder.ts';
import type { Offer } from './offer.ts';
import { errorReason as reasonOf, type ParseFn } from './parse/parseBytes.ts';
import { parseDocumentBytes } from './pdf/parseDocumentBytes.ts';
import { ParseCache, type ParseOutcome } from './parseCache.ts';
import type { ParsePool } from './parsePool.ts';
import { readDocumentBytes } from './readDocument.ts';

export { parseBytes, type ParseFn } from './parse/parseBytes.ts';

export interface LoadOptions {
  /** Reuses the parse of unchanged bytes; none by default. */
  cache?: ParseCache;
  parse?: ParseFn;
  /** Parses in worker threads under a time budget (see `parsePool.ts`); in this thread without one. */
  pool?: ParsePool;
  /** Files read at the same time (`DEFAULT_CONCURRENCY` by default). */
  concurrency?: number;
}

// The folder's listing and its rule (links never followed, a depth cap) live in documentFolder.ts.
export { isDocumentPath, listDocuments, sourcePath } from './documentFolder.ts';

/** Files read at the same time by default: enough to keep the parse pool's batches full. */
export const DEFAULT_CONCURRENCY = 128;

/** Parses one document's bytes: in the pool's worker threads when there is one (and no `parse`), else here. */
async function parseDocument(
  bytes: Uint8Array,
  source: string,
  options: LoadOptions,
): Promise<ParseOutcome> {
  return options.pool && !options.parse
    ? options.pool.parse(bytes, source)
    : parseDocumentBytes(bytes, source, options.parse);
}

/** Reads one file into an offer, or says why it cannot; a cached outcome when the bytes are unchanged. */
export async function loadOfferFile(
  path: string,
  root: string,
  options: LoadOptions = {},
  folders: RealFolders = new RealFolders(),
): Promise<ParseOutcome> {
  const source = sourcePath(root, path);
  const { cache } = options;
  try {
    // Stat first (synchronous, as readDocumentBytes explains): an unchanged file is known by its stamp, unread.
    const checkedAt = cache?.wallNow() ?? 0;
    const stats = lstatSync(path); // the entry itself: a symbolic link is refused, never followed
    if (!stats.isFile()) return { ok: false, reason: refusal(root, path, stats) };
    const known = cache?.byStamp(source, stats);
    // lstat follows links in the folders of the path: a folder moved out and linked back keeps its
    // files' stamps, so a known stamp is checked here; a read is checked after its open.
    if (known)
      return throughRealFolders(root, path, folders)
        ? known
        : { ok: false, reason: FOLDER_LINK_REASON };
    const read = await readDocumentBytes(path, root, folders);
    if (!read.ok) return read;
    if (!cache) return await parseDocument(read.bytes, source, options);
    const key = ParseCache.key(read.bytes);
    let outcome = cache.get(key, source);
    if (outcome === undefined) {
      outcome = await parseDocument(read.bytes, source, options);
      if (outcome.ok || !outcome.retry) cache.set(key, outcome); // a time-out may pass next time
    }
    cache.stamp(source, stats, key, checkedAt); // stats and time from before the read: a change during it shows next time
    return outcome;
  } catch (error) {
    // A system error says its code, never the absolute path its message holds.
    return { ok: false, reason: unreadable(error) ?? reasonOf(error, source) };
  }
}

/** Runs `task` on every item, at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Every document below `dir`, read with bounded concurrency: outcome per source path, sorted. */
export async function loadOfferFiles(
  dir: string,
  options: LoadOptions = {},
): Promise<Map<string, ParseOutcome>> {
  const paths = await listDocuments(dir);
  const folders = new RealFolders();
  const outcomes = await mapLimit(paths, options.concurrency ?? DEFAULT_CONCURRENCY, (path) =>
    loadOfferFile(path, dir, options, folders),
  );
  return new Map(paths.map((path, i) => [sourcePath(dir, path), outcomes[i] as ParseOutcome]));
}

/**
 * Keeps the first offer of each reference (in the given order); the others
 * become problems naming the file that holds the reference.
 */
export function dedupeOffers(offers: readonly Offer[]): {
  offers: Offer[];
  problems: CatalogProblem[];
} {
  const seen = new Map<string, string>();
  const kept: Offer[] = [];
  const problems: CatalogProblem[] = [];
  for (const offer of offers) {
    const first = seen.get(offer.reference);
    if (first !== undefined) {
      problems.push({
        path: offer.source,
        reason: `référence ${offer.reference} déjà lue dans ${first}`,
      });
      continue;
    }
    seen.set(offer.reference, offer.source);
    kept.push(offer);
  }
  return { offers: kept, problems };
}

/**
 * Loads every `.md`/`.txt`/`.pdf` offer document below a folder. A file that cannot be
 * read, parsed or validated is reported as a problem with its path and reason;
 * it never stops the others. A reference seen twice keeps the first file (sorted by path).
 */
export async function loadCatalog(
  dir: string,
  loadedAt: Date,
  options: LoadOptions = {},
): Promise<Catalog> {
  const problems: CatalogProblem[] = [];
  const parsed: Offer[] = [];
  for (const [path, outcome] of await loadOfferFiles(dir, options)) {
    if (outcome.ok) parsed.push(outcome.offer);
    else problems.push({ path, reason: outcome.reason });
  }
  const unique = dedupeOffers(parsed);
  return new Catalog(unique.offers, [...problems, ...unique.problems], loadedAt);
}
