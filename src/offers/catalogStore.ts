import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Catalog, type CatalogProblem } from './catalog.ts';
import {
  DEFAULT_CONCURRENCY,
  listDocuments,
  loadOfferFile,
  mapLimit,
  sourcePath,
  type LoadOptions,
} from './loadCatalog.ts';
import { RealFolders, throughRealFolders } from './documentFolder.ts';
import type { Offer } from './offer.ts';
import type { CatalogStatus, StatusProblem } from './catalogStatus.ts';
import { documentsFirst, OfferFiles, type ExtraOffers, type MergeOffers } from './offerFiles.ts';
import { ParseCache } from './parseCache.ts';
import { ParsePool } from './parsePool.ts';
import { watchDocuments, type DocumentWatcher } from './watchDocuments.ts';
import type { Clock } from '../time/clock.ts';

export type { CatalogStatus, StatusProblem } from './catalogStatus.ts';
export type { MergeOffers } from './offerFiles.ts';

export interface CatalogStoreOptions extends LoadOptions {
  dir: string;
  clock: Clock;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Watch the folder and reload on change (true by default). */
  watch?: boolean;
  /** Quiet time after the last change before reloading (200 ms by default). */
  debounceMs?: number;
  /** How long a file's size must stay put before it is read (300 ms by default). */
  writeStabilityMs?: number;
  /** Combines the documents' offers with the extra ones (the open-data feed); documents win by default. */
  merge?: MergeOffers;
}

/**
 * The live catalog: loads a folder, watches it, re-reads only the files that
 * changed, and swaps in a new {@link Catalog} whole. A bad file never takes the
 * catalog down: its last good offer keeps serving, the problem is logged and
 * shown by {@link CatalogStore.status}. Reloads are debounced and serialised.
 *
 * @example
 * const store = await CatalogStore.open({ dir: 'data/offers', clock: systemClock, logger });
 * const assistant = await createAssistant({ catalog: store, clock: systemClock });
 */
export class CatalogStore {
  private readonly files = new OfferFiles();
  private readonly pending = new Set<string>();
  private readonly load: LoadOptions;
  /** The parse threads this store started (none when given a pool or a `parse` function). */
  private readonly ownPool: ParsePool | undefined;
  private extra: ExtraOffers = { offers: [], problems: [] };
  private catalog: Catalog;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private rescan = false;
  private batchStart: number | undefined;
  private watcher: DocumentWatcher | undefined;
  private lastReloadAt: Date | null = null;
  private reloads = 0;
  private reloadErrors = 0;
  /** The status problems of the catalog in service, built at the first `status()` after a swap. */
  private statusProblems: {
    of: Catalog;
    problems: readonly StatusProblem[];
    offerWarnings: ReadonlyArray<{ reference: string; warnings: readonly string[] }>;
  } | null = null;

  private constructor(private readonly options: CatalogStoreOptions) {
    this.catalog = new Catalog([], [], options.clock.now());
    // Documents are parsed off the event loop, under a time budget, unless a `parse` is given.
    this.ownPool = options.pool || options.parse ? undefined : new ParsePool();
    this.load = {
      cache: options.cache ?? new ParseCache(),
      parse: options.parse,
      pool: options.pool ?? this.ownPool,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    };
  }

  /** Loads the folder, then (unless `watch: false`) keeps watching it. Rejects when the folder cannot be listed. */
  static async open(options: CatalogStoreOptions): Promise<CatalogStore> {
    const store = new CatalogStore(options);
    if (options.watch !== false) {
      store.watcher = await watchDocuments(options.dir, {
        stabilityMs: options.writeStabilityMs ?? 300,
        onChange: (path) => store.schedule(path),
        onRescan: () => store.schedule(null),
        onError: (error) => store.failed(error, 'surveillance des offres en échec'),
      });
    }
    const first = store.documents().then(async (paths) => {
      await store.read(paths);
      store.catalog = store.files.build(
        store.extra,
        options.merge ?? documentsFirst,
        options.clock.now(),
      );
    });
    store.queue = first.catch(() => undefined);
    await first.catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    options.logger.info(
      { offers: store.catalog.size, problems: store.catalog.problems.length, dir: options.dir },
      'catalogue chargé',
    );
    return store;
  }

  /** The catalog in service. */
  current(): Catalog {
    return this.catalog;
  }

  /**
   * Offer count, problems (path, reason, since), load and reload times, counters. The problem
   * list is built once per catalog in service (a feed can bring 100,000 of them) and shared.
   */
  status(): CatalogStatus {
    if (this.statusProblems?.of !== this.catalog)
      this.statusProblems = {
        of: this.catalog,
        problems: this.files.statusProblems(this.catalog),
        offerWarnings: this.catalog.entries
          .filter((e) => e.offer.warnings.length > 0)
          .map((e) => ({ reference: e.offer.reference, warnings: e.offer.warnings })),
      };
    return {
      offers: this.catalog.size,
      problems: this.statusProblems.problems,
      loadedAt: this.catalog.loadedAt.toISOString(),
      lastReloadAt: this.lastReloadAt?.toISOString() ?? null,
      reloads: this.reloads,
      reloadErrors: this.reloadErrors,
      offerWarnings: this.statusProblems.offerWarnings,
    };
  }

  /**
   * Hook for the open-data feed: replaces the extra offers (and their problems)
   * merged with the documents' offers by `merge`, and rebuilds the catalog.
   */
  setExtraOffers(
    offers: readonly Offer[],
    problems: readonly CatalogProblem[] = [],
  ): Promise<void> {
    // Not packed: deflating every feed body took ~1 s per refresh, and feed bodies are short (built from a few columns).
    this.extra = { offers, problems };
    return this.enqueue(() => this.reread([]));
  }

  /** Re-reads every known and present document now (a manual reload). */
  reload(): Promise<void> {
    return this.enqueue(async () => this.reread(await this.allPaths()));
  }

  /** Stops watching; waits for a reload under way. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher?.close();
    await this.queue;
    await this.ownPool?.close();
  }

  private async documents(): Promise<string[]> {
    return (await listDocuments(this.options.dir)).map((path) =>
      sourcePath(this.options.dir, path),
    );
  }

  /** Known documents and present ones: what a full rescan re-reads. */
  private async allPaths(): Promise<string[]> {
    return [...new Set([...this.files.paths(), ...(await this.documents())])];
  }

  /**
   * Notes a changed path (null: rescan all) and reloads once changes stop for
   * `debounceMs`, or after 10 × `debounceMs` at most when they never stop.
   */
  private schedule(path: string | null): void {
    if (path === null) this.rescan = true;
    else this.pending.add(path);
    const debounce = this.options.debounceMs ?? 200;
    this.batchStart ??= performance.now();
    if (this.timer !== undefined && performance.now() - this.batchStart > 10 * debounce) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const batch = [...this.pending];
      const all = this.rescan;
      this.pending.clear();
      this.rescan = false;
      this.timer = undefined;
      this.batchStart = undefined;
      void this.enqueue(async () => this.reread(all ? await this.allPaths() : batch));
    }, debounce);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue
      .then(task)
      .catch((error: unknown) => this.failed(error, 'rechargement des offres en échec'));
    this.queue = run;
    return run;
  }

  private failed(error: unknown, message: string): void {
    this.reloadErrors += 1;
    this.options.logger.error({ err: error, dir: this.options.dir }, message);
  }

  private async reread(paths: readonly string[]): Promise<void> {
    const { dir, clock, logger, merge } = this.options;
    this.lastReloadAt = clock.now();
    const folders = new RealFolders(); // one pass: each folder's real path looked up once
    const present = await Promise.all(
      paths.map((p) =>
        lstat(join(dir, p)).then(
          // the entry itself: a dangling link is present (and reported); one below a folder
          // swapped for a link is not (lstat follows the folders of its path)
          () => throughRealFolders(dir, join(dir, p), folders),
          () => false,
        ),
      ),
    );
    for (const [i, path] of paths.entries()) if (!present[i]) this.files.remove(path);
    await this.read(
      paths.filter((_, i) => present[i]),
      folders,
    );
    this.catalog = this.files.build(this.extra, merge ?? documentsFirst, clock.now());
    this.reloads += 1;
    logger.info(
      {
        offers: this.catalog.size,
        problems: this.catalog.problems.length,
        changed: paths.length > 20 ? paths.length : paths,
      },
      'catalogue rechargé',
    );
  }

  private async read(
    paths: readonly string[],
    folders: RealFolders = new RealFolders(),
  ): Promise<void> {
    const { dir, logger } = this.options;
    const outcomes = await mapLimit(paths, this.load.concurrency ?? 8, (path) =>
      loadOfferFile(join(dir, path), dir, this.load, folders),
    );
    for (const [i, path] of paths.entries()) {
      const outcome = outcomes[i];
      const problem = outcome === undefined ? null : this.files.apply(path, outcome);
      if (problem) logger.warn({ path, ...problem }, 'offre illisible');
    }
  }
}
