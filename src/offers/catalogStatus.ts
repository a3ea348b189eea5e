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
  /** Shared between calls while the same catalog serves: read only. */
  problems: readonly StatusProblem[];
  loadedAt: string;
  lastReloadAt: string | null;
  /** Reloads done since start (file changes, feed updates, manual reloads). */
  reloads: number;
  /** Reloads or watcher events that failed (the previous catalog kept serving). */
  reloadErrors: number;
  /**
   * The offers in service that carry warnings (a record disagreeing with its official PDF, a
   * deadline far away...): read only, for the admin details.
   */
  offerWarnings?: ReadonlyArray<{ reference: string; warnings: readonly string[] }>;
}

/** Where a problem comes from: an offer document of the folder, or the open-data feed. */
export type ProblemKind = 'document' | 'feed';

/** What anyone may read of the catalog's health: counts and times, no path, no reason. */
export interface PublicCatalogStatus {
  offers: number;
  loadedAt: string;
  lastReloadAt: string | null;
  reloads: number;
  reloadErrors: number;
  problems: {
    total: number;
    byKind: Record<ProblemKind, number>;
    /** Problem files whose last good offer is still served. */
    servingPrevious: number;
  };
}

/** The first problems in detail (paths and reasons, cut), for the operator. */
export interface CatalogStatusDetails {
  /** Every problem, shown or not. */
  total: number;
  shown: number;
  problems: StatusProblem[];
  /** The offers served with warnings: how many, and the first ones (cut like the problems). */
  offerWarnings: {
    total: number;
    shown: number;
    offers: Array<{ reference: string; warnings: string[] }>;
  };
}

/** At most this many problems are detailed: a feed of 100,000 bad rows is known by its first ones. */
export const STATUS_PROBLEMS_SHOWN = 100;
/** At most this many warnings are shown per offer. */
export const MAX_WARNINGS_SHOWN = 10;
/** A detailed problem's path and reason are cut to this many characters (ending with `…`). */
export const STATUS_TEXT_CHARS = 200;

/** The kind of a problem, from its path (`feed:<source>#<row>` for the feed). */
export function problemKind(path: string): ProblemKind {
  return path.startsWith('feed:') ? 'feed' : 'document';
}

type ProblemCounts = PublicCatalogStatus['problems'];

/** Counts by problem list: the store shares one list per catalog, so a list is counted once. */
const counted = new WeakMap<readonly StatusProblem[], ProblemCounts>();

function countProblems(problems: readonly StatusProblem[]): ProblemCounts {
  const known = counted.get(problems);
  if (known) return known;
  const byKind: Record<ProblemKind, number> = { document: 0, feed: 0 };
  let servingPrevious = 0;
  for (const p of problems) {
    byKind[problemKind(p.path)] += 1;
    if (p.servingPrevious) servingPrevious += 1;
  }
  const counts = { total: problems.length, byKind, servingPrevious };
  counted.set(problems, counts);
  return counts;
}

/** The counts of a status, for `GET /api/status` without the admin token. */
export function publicStatus(status: CatalogStatus): PublicCatalogStatus {
  const { offers, loadedAt, lastReloadAt, reloads, reloadErrors } = status;
  return {
    offers,
    loadedAt,
    lastReloadAt,
    reloads,
    reloadErrors,
    problems: countProblems(status.problems),
  };
}

const cut = (text: string) =>
  text.length <= STATUS_TEXT_CHARS ? text : `${text.slice(0, STATUS_TEXT_CHARS - 1)}…`;

/** The first `shown` problems of a status, path and reason cut, with the total count. */
export function statusDetails(
  status: CatalogStatus,
  shown = STATUS_PROBLEMS_SHOWN,
): CatalogStatusDetails {
  const problems = status.problems
    .slice(0, shown)
    .map((p) => ({ ...p, path: cut(p.path), reason: cut(p.reason) }));
  const warned = status.offerWarnings ?? [];
  const offers = warned.slice(0, shown).map((o) => ({
    reference: cut(o.reference),
    warnings: o.warnings.slice(0, MAX_WARNINGS_SHOWN).map(cut),
  }));
  return {
    total: status.problems.length,
    shown: problems.length,
    problems,
    offerWarnings: { total: warned.length, shown: offers.length, offers },
  };
}
