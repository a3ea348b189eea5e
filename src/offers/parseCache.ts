import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SRC_DIR } from '../runtime.ts';
import type { Offer } from './offer.ts';

/** What one document's bytes give: a servable offer, or why not (with the offer when only the schema refused it). */
export type ParseOutcome = { ok: true; offer: Offer } | { ok: false; reason: string; invalid?: Offer };

/** Where the server keeps the cache between runs, when persisting is on. */
export const DEFAULT_CACHE_FILE = '.cache/offers-parse.bin';

/**
 * The persisted form, written with `v8.serialize`: read back as a Buffer
 * outside the JavaScript heap and turned into objects in one pass, it avoids
 * the 50 MB string (and the heap peak) a JSON file of 20,000 offers costs.
 */
interface CacheFile {
  version: 2;
  fingerprint: string;
  entries: Array<[string, ParseOutcome]>;
}

/**
 * Parse results keyed by the SHA-256 of a file's bytes, so that a reload or a
 * restart with unchanged files does not parse them again. Bounded: the least
 * recently used entry goes first. Outcomes are stored without regard to the
 * file's name; `get` stamps the asking file's `source` back on the offer.
 */
export class ParseCache {
  private readonly entries = new Map<string, ParseOutcome>();
  /** Lookups answered / not answered since creation. */
  hits = 0;
  misses = 0;

  /**
   * @param maxEntries enough for the whole territory's history (~20,000
   * offers): the cache holds the very offer objects the catalog serves, so
   * each entry costs little more than its key.
   */
  constructor(readonly maxEntries = 50_000) {}

  /** The cache key of a document: hex SHA-256 of its bytes. */
  static key(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The outcome stored for these bytes, re-stamped with `source`; undefined on a miss. */
  get(key: string, source: string): ParseOutcome | undefined {
    const outcome = this.entries.get(key);
    if (outcome === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.entries.delete(key);
    this.entries.set(key, outcome);
    return withSource(outcome, source);
  }

  set(key: string, outcome: ParseOutcome): void {
    this.entries.delete(key);
    this.entries.set(key, outcome);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** Writes the cache to `file` (atomically: temp file then rename), tagged with the parser's fingerprint. */
  async save(file: string, fingerprint: string): Promise<void> {
    const content: CacheFile = { version: 2, fingerprint, entries: [...this.entries] };
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, serialize(content));
    await rename(temp, file);
  }

  /**
   * A cache filled from `file` when it was written by the same parser
   * (same fingerprint); an empty cache when the file is missing, stale or unreadable.
   */
  static async load(file: string, fingerprint: string, maxEntries?: number): Promise<ParseCache> {
    const cache = new ParseCache(maxEntries);
    try {
      const content = deserialize(await readFile(file)) as Partial<CacheFile>;
      if (content === null || typeof content !== 'object' || content.version !== 2 || content.fingerprint !== fingerprint || !Array.isArray(content.entries)) return cache;
      for (const entry of content.entries) {
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1]?.ok === 'boolean') cache.set(entry[0], entry[1]);
      }
    } catch {
      // no cache yet, or a broken one: start empty
    }
    return cache;
  }
}

function withSource(outcome: ParseOutcome, source: string): ParseOutcome {
  if (outcome.ok) return outcome.offer.source === source ? outcome : { ok: true, offer: { ...outcome.offer, source } };
  if (outcome.invalid === undefined || outcome.invalid.source === source) return outcome;
  return { ...outcome, invalid: { ...outcome.invalid, source } };
}

/** Files outside `parse/` that shape an outcome (paths relative to this folder). */
const FINGERPRINTED = ['offer.ts', 'offerSchema.ts', 'readDocument.ts', 'loadCatalog.ts', 'reference.ts', '../text/frenchMonths.ts', '../time/noumea.ts'];

/**
 * A hash of the code that turns bytes into offers (the parser, the decoder,
 * the schema): a persisted cache written by other code is ignored.
 */
export async function parserFingerprint(): Promise<string> {
  const here = join(SRC_DIR, 'offers');
  const hash = createHash('sha256');
  const files = (await readdir(join(here, 'parse'), { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(here, 'parse', f))
    .concat(FINGERPRINTED.map((f) => join(here, f)))
    .sort();
  for (const file of files) hash.update(file.slice(here.length)).update(await readFile(file));
  return hash.digest('hex');
}
