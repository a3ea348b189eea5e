import type { CatalogProblem } from './catalog.ts';

/** A problem as the status shows it: since when, and whether the file's last good offer is still served. */
export interface StatusProblem extends CatalogProblem {
  /** ISO instant the file (or feed entry) was first seen with a problem, uninterrupted since. */
  since: string;
  servingPrevious: boolean;
}

/**
 * The live catalog's health, as `GET /api/status` shows it. Times are ISO
 * instants taken from the injected clock; `loadedAt` is when the catalog in
 * service was built, `lastReloadAt` when the last reload after the first load
 * ran (null before any).
 */
export interface CatalogStatus {
  offers: number;
  problems: StatusProblem[];
  loadedAt: string;
  lastReloadAt: string | null;
  /** Reloads done since start (file changes, feed updates, manual reloads). */
  reloads: number;
  /** Reloads or watcher events that failed (the previous catalog kept serving). */
  reloadErrors: number;
}
