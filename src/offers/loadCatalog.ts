import { lstatSync } from 'node:fs';
import { Catalog, type CatalogProblem } from './catalog.ts';
import { listDocuments, refusal, sourcePath } from './documentFolder.ts';
import type { Offer } from './offer.ts';
import { offerIssues } from './offerSchema.ts';
import { packBody } from './packedBody.ts';
import { parseOfferDocument } from './parse/index.ts';
import { ParseCache, type ParseOutcome } from './parseCache.ts';
import { decodeDocument, readDocumentBytes } from './readDocument.ts';
import { visibleOffer } from './visibleOffer.ts';

/** Turns a decoded document into an offer (the real parser by default; tests count calls). */
export type ParseFn = (text: string, source: string) => Offer;

export interface LoadOptions {
  /** Reuses the parse of unchanged bytes; none by default. */
  cache?: ParseCache;
  parse?: ParseFn;
  /** Files read at the same time (8 by default). */
  concurrency?: number;
}

// The folder's listing and its rule (links never followed, a depth cap) live in documentFolder.ts.
export { isDocumentPath, listDocuments, sourcePath } from './documentFolder.ts';

function reasonOf(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${source} : `) ? message.slice(source.length + 3) : message;
}

/** Decodes, parses, cleans of invisible characters ({@link visibleOffer}) and checks one document's bytes against the offer schema. */
export function parseBytes(
  bytes: Uint8Array,
  source: string,
  parse: ParseFn = parseOfferDocument,
): ParseOutcome {
  const document = decodeDocument(bytes);
  if (!document.ok) return { ok: false, reason: document.reason };
  let offer: Offer;
  try {
    const parsed = parse(document.text, source);
    // Cleaned before it is checked and packed: a title of controls only is empty, a packed body clean.
    offer = visibleOffer({ ...parsed, warnings: [...document.warnings, ...parsed.warnings] });
  } catch (error) {
    return { ok: false, reason: reasonOf(error, source) };
  }
  const issues = offerIssues(offer);
  // A served offer keeps its body deflated (see packedBody.ts); a refused one is only reported.
  return issues.length === 0
    ? { ok: true, offer: packBody(offer) }
    : { ok: false, reason: `offre invalide : ${issues.join(' ; ')}`, invalid: offer };
}

/** Reads one file into an offer, or says why it cannot; a cached outcome when the bytes are unchanged. */
export async function loadOfferFile(
  path: string,
  root: string,
  options: LoadOptions = {},
): Promise<ParseOutcome> {
  const source = sourcePath(root, path);
  const { cache } = options;
  try {
    // Stat first (synchronous, as readDocumentBytes explains): an unchanged file is known by its stamp, unread.
    const checkedAt = cache?.wallNow() ?? 0;
    const stats = lstatSync(path); // the entry itself: a symbolic link is refused, never followed
    if (!stats.isFile()) return { ok: false, reason: refusal(root, path, stats) };
    const known = cache?.byStamp(source, stats);
    if (known) return known;
    const read = await readDocumentBytes(path);
    if (!read.ok) return read;
    if (!cache) return parseBytes(read.bytes, source, options.parse);
    const key = ParseCache.key(read.bytes);
    let outcome = cache.get(key, source);
    if (outcome === undefined)
      cache.set(key, (outcome = parseBytes(read.bytes, source, options.parse)));
    cache.stamp(source, stats, key, checkedAt); // stats and time from before the read: a change during it shows next time
    return outcome;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'fichier introuvable' : reasonOf(error, source),
    };
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
  const outcomes = await mapLimit(paths, options.concurrency ?? 8, (path) =>
    loadOfferFile(path, dir, options),
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
 * Loads every `.md`/`.txt` offer document below a folder. A file that cannot be
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
