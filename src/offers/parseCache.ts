import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { appendFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { checkedHeader, checkedPayload } from './checkedFile.ts';
import { BUNDLE_DIR, IS_BUNDLE, SRC_DIR } from '../runtime.ts';
import type { Offer } from './offer.ts';
import { fieldsOf, packedBodyOf, withChanges, withPackedBody } from './packedBody.ts';
import { mapTexts, TextTable, textAt, type TextsAs } from './internFields.ts';

/** What one document's bytes give: a servable offer, or why not (with the offer when only the schema refused it). */
export type ParseOutcome =
  | { ok: true; offer: Offer }
  | {
      ok: false;
      reason: string;
      invalid?: Offer;
      /** The same bytes may pass another time (a parse over its time budget): not cached. */
      retry?: true;
    };

/** Where the server keeps the cache between runs, when persisting is on. */
export const DEFAULT_CACHE_FILE = '.cache/offers-parse.bin';

/** The persisted format's version: in the checked header and in the content. 6: the checked header. */
const CACHE_VERSION = 6;

/**
 * The persisted form, written with `v8.serialize` after a checked header (`checkedFile.ts`:
 * version, length, SHA-256): read back as a Buffer outside the JavaScript heap and turned into
 * objects in one pass, it avoids the 50 MB string (and the heap peak) a JSON file of 20,000
 * offers costs.
 */
interface CacheFile {
  version: typeof CACHE_VERSION;
  fingerprint: string;
  /** The repeated texts of the served offers, each once (see `internFields.ts`). */
  texts: string[];
  entries: Array<[string, StoredOutcome]>;
  stamps: Array<[string, FileStamp]>;
}

/**
 * An outcome as written: a served offer's repeated texts are indices in `CacheFile.texts`, its
 * body stays deflated (`bodyZ`), never inflated to be written.
 */
type StoredOutcome = ParseOutcome | { ok: true; offer: TextsAs<number>; bodyZ: string };

function toStored(outcome: ParseOutcome, texts: TextTable): StoredOutcome {
  const bodyZ = outcome.ok ? packedBodyOf(outcome.offer) : undefined;
  if (!outcome.ok || bodyZ === undefined) return outcome;
  return {
    ok: true,
    offer: mapTexts(fieldsOf(outcome.offer), (text: string) => texts.indexOf(text)),
    bodyZ,
  };
}

function fromStored(stored: StoredOutcome, text: (i: number) => string): ParseOutcome {
  if (!('bodyZ' in stored) || typeof stored.bodyZ !== 'string') return stored as ParseOutcome;
  return { ok: true, offer: withPackedBody(mapTexts(stored.offer, text), stored.bodyZ) };
}

/** What `stat` tells of a file: enough to know it has not changed since it was read. */
export interface FileStats {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * A file as it was when its bytes were read and hashed (`key`), and when (`checkedAt`, real
 * time). The kernel updates `ctime` on every write, rename or `touch` and nobody can set it
 * back, so equal size, inode, mtime and ctime mean equal bytes, as git's index assumes, with
 * git's guard against "racy" files: a file changed less than `RACY_MS` before it was read might
 * change again within the same timestamp tick, so its stamp is not trusted.
 */
export interface FileStamp extends FileStats {
  key: string;
  checkedAt: number;
}

/** A stamp taken within this long after the file's last change is not trusted (timestamps are coarse). */
export const RACY_MS = 2_000;

/** Where `ParseCache.load` says why it dropped a persisted file (the server's logger). */
export type CacheLogger = Pick<Logger, 'warn' | 'info'>;

export interface ParseCacheOptions {
  /** Entries kept at most (see the constructor). */
  maxEntries?: number;
  /**
   * Real time in ms, compared with file timestamps (never the bot's clock, which tests and the
   * bench pin to another day); `Date.now` by default.
   */
  wallClock?: () => number;
}

function sameFile(a: FileStats, b: FileStats): boolean {
  return a.size === b.size && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/**
 * Parse results keyed by the SHA-256 of a file's bytes, so that a reload or a
 * restart with unchanged files does not parse them again. Bounded: the least
 * recently used entry goes first. Outcomes are stored without regard to the
 * file's name; `get` stamps the asking file's `source` back on the offer.
 * Each file's stamp (`FileStamp`) is kept too: an unchanged file is known by
 * one `stat`, without reading and hashing it again (`byStamp`).
 */
export class ParseCache {
  private readonly entries = new Map<string, ParseOutcome>();
  private readonly stamps = new Map<string, FileStamp>();
  /** Lookups answered / not answered since creation. */
  hits = 0;
  misses = 0;
  /** Of the hits, those answered by a file's stamp, without reading it. */
  stampHits = 0;
  /** Entries or stamps added or replaced since creation: the persisted file is stale when this moved. */
  changes = 0;
  readonly maxEntries: number;
  private readonly wallClock: () => number;

  /**
   * `maxEntries` (50,000 by default) is enough for the whole territory's history
   * (~20,000 offers): the cache holds the very offer objects the catalog serves, so
   * each entry costs little more than its key.
   */
  constructor(options: ParseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 50_000;
    this.wallClock = options.wallClock ?? Date.now;
  }

  /**
   * The outcome of a file known by its stamp: same size, inode, mtime and ctime as when it was
   * read, stamped long enough after its last change, and its outcome still held. Undefined otherwise
   * (read the file, then `get` by its key and `stamp` it).
   */
  byStamp(source: string, stats: FileStats): ParseOutcome | undefined {
    const known = this.stamps.get(source);
    if (
      known === undefined ||
      !sameFile(known, stats) ||
      known.checkedAt - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_MS
    )
      return undefined;
    if (!this.entries.has(known.key)) return undefined;
    this.stampHits += 1;
    return this.get(known.key, source);
  }

  /** The real time, in ms (take it before `stat`-ing a file, and give it to `stamp`). */
  wallNow(): number {
    return this.wallClock();
  }

  /**
   * Remembers that `source`, as `stats` describe it, held the bytes of `key`. `checkedAt` is when
   * the stats were taken (before reading): a change after it shows as a racy or different stamp.
   */
  stamp(source: string, stats: FileStats, key: string, checkedAt = this.wallClock()): void {
    const known = this.stamps.get(source);
    if (
      known !== undefined &&
      known.key === key &&
      sameFile(known, stats) &&
      known.checkedAt - Math.max(stats.mtimeMs, stats.ctimeMs) >= RACY_MS
    )
      return;
    this.stamps.delete(source);
    this.stamps.set(source, {
      size: stats.size,
      ino: stats.ino,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
      key,
      checkedAt,
    });
    this.changes += 1;
    while (this.stamps.size > this.maxEntries) {
      const oldest = this.stamps.keys().next();
      if (oldest.done) break;
      this.stamps.delete(oldest.value);
    }
  }

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
    this.changes += 1;
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
    const texts = new TextTable();
    const entries = [...this.entries].map(([key, outcome]): [string, StoredOutcome] => [
      key,
      toStored(outcome, texts),
    ]);
    const content: CacheFile = {
      version: CACHE_VERSION,
      fingerprint,
      texts: texts.table,
      entries,
      stamps: [...this.stamps],
    };
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    const payload = serialize(content);
    await writeFile(temp, checkedHeader(CACHE_VERSION, payload));
    await appendFile(temp, payload);
    await rename(temp, file);
  }

  /**
   * A cache filled from `file` when it is intact (checked header: version, length, SHA-256) and
   * was written by the same parser (same fingerprint); otherwise an empty cache, every document
   * parsed again. A damaged file (any flipped, missing or extra byte, or content that does not
   * decode) is dropped with one warning; a file of another version or parser with one info
   * line; a missing file silently.
   */
  static async load(
    file: string,
    fingerprint: string,
    options: ParseCacheOptions & { logger?: CacheLogger } = {},
  ): Promise<ParseCache> {
    const { logger } = options;
    const drop = (level: 'warn' | 'info', reason: string) => {
      logger?.[level]({ file, reason }, 'cache d’analyse écarté : documents relus');
      return new ParseCache(options);
    };
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return code === 'ENOENT' ? new ParseCache(options) : drop('warn', `illisible (${code})`);
    }
    const checked = checkedPayload(bytes, CACHE_VERSION);
    if (!checked.ok) {
      const legacy = checked.stale ? null : legacyVersion(bytes);
      return legacy === null
        ? drop(checked.stale ? 'info' : 'warn', checked.reason)
        : drop('info', `ancien format ${legacy} (sans somme de contrôle)`);
    }
    try {
      const content = deserialize(checked.payload) as Partial<CacheFile> | null;
      if (content?.fingerprint !== fingerprint && typeof content?.fingerprint === 'string')
        return drop('info', 'écrit par un autre analyseur');
      return ParseCache.decoded(content, options);
    } catch (error) {
      return drop('warn', `contenu illisible : ${(error as Error).message}`);
    }
  }

  /** The cache a checked file's content describes; throws at the first thing out of shape. */
  private static decoded(content: Partial<CacheFile> | null, options: ParseCacheOptions) {
    if (
      content?.version !== CACHE_VERSION ||
      typeof content.fingerprint !== 'string' ||
      !Array.isArray(content.entries) ||
      !Array.isArray(content.texts) ||
      !Array.isArray(content.stamps)
    )
      throw new Error('structure inattendue');
    const text = textAt(content.texts);
    // Decoded in full before any is kept: a damaged entry leaves the cache empty, not half filled.
    const entries = content.entries.map((entry): [string, ParseOutcome] => {
      if (
        !Array.isArray(entry) ||
        typeof entry[0] !== 'string' ||
        typeof entry[1]?.ok !== 'boolean'
      )
        throw new Error('entrée malformée');
      return [entry[0], fromStored(entry[1], text)];
    });
    const stamps = content.stamps.map((stamp): [string, FileStamp] => {
      if (!Array.isArray(stamp) || typeof stamp[0] !== 'string' || !isStamp(stamp[1]))
        throw new Error('empreinte de fichier malformée');
      return [stamp[0], stamp[1]];
    });
    const cache = new ParseCache(options);
    for (const [key, outcome] of entries) cache.set(key, outcome);
    for (const [source, stamp] of stamps) cache.stamps.set(source, stamp);
    cache.changes = 0; // as on disk
    return cache;
  }
}

/** The version of a file in a format from before the checked header (v8 or JSON), or null. */
function legacyVersion(bytes: Buffer): number | null {
  try {
    const content = (
      bytes[0] === 0x7b ? JSON.parse(bytes.toString('utf8')) : deserialize(bytes)
    ) as {
      version?: unknown;
    } | null;
    const version = content?.version;
    return typeof version === 'number' && version < CACHE_VERSION ? version : null;
  } catch {
    return null;
  }
}

function isStamp(value: unknown): value is FileStamp {
  const v = value as Partial<FileStamp> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.key === 'string' &&
    [v.size, v.ino, v.mtimeMs, v.ctimeMs, v.checkedAt].every((n) => typeof n === 'number')
  );
}

function withSource(outcome: ParseOutcome, source: string): ParseOutcome {
  if (outcome.ok)
    return outcome.offer.source === source
      ? outcome
      : { ok: true, offer: withChanges(outcome.offer, { source }) };
  if (outcome.invalid === undefined || outcome.invalid.source === source) return outcome;
  return { ...outcome, invalid: { ...outcome.invalid, source } };
}

/** Folders whose every file shapes an outcome: the parser, the table of offer fields (labels, schemas), the PDF reader. */
const FINGERPRINTED_FOLDERS = ['parse', 'fields', 'pdf'];

/** Files outside those folders that shape an outcome (paths relative to this folder). */
const FINGERPRINTED = [
  'offer.ts',
  'offerSchema.ts',
  'readDocument.ts',
  'loadCatalog.ts',
  'visibleOffer.ts',
  '../text/invisible.ts',
  'reference.ts',
  '../text/frenchMonths.ts',
  '../time/noumea.ts',
];

/**
 * A hash of the code that turns bytes into offers (the parser, the decoder,
 * the schema): a persisted cache written by other code is ignored. From the
 * bundle, the hash of the bundle itself: the code that runs, even when the
 * sources changed since it was built (any change then invalidates the cache).
 */
export async function parserFingerprint(): Promise<string> {
  if (IS_BUNDLE)
    return createHash('sha256')
      .update('bundle:')
      .update(await readFile(join(BUNDLE_DIR, 'main.mjs')))
      .digest('hex');
  const here = join(SRC_DIR, 'offers');
  const hash = createHash('sha256');
  const folders = await Promise.all(
    FINGERPRINTED_FOLDERS.map(async (folder) =>
      (await readdir(join(here, folder), { recursive: true }))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(here, folder, f)),
    ),
  );
  const files = folders
    .flat()
    .concat(FINGERPRINTED.map((f) => join(here, f)))
    .sort();
  for (const file of files) hash.update(file.slice(here.length)).update(await readFile(file));
  return hash.digest('hex');
}
