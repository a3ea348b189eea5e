import { Catalog, type CatalogProblem } from './catalog.ts';
import { dedupeOffers } from './loadCatalog.ts';
import type { Offer } from './offer.ts';
import type { StatusProblem } from './catalogStatus.ts';
import type { ParseOutcome } from './parseCache.ts';

/** Offers from elsewhere (the open-data feed) merged with the documents', and their problems. */
export interface ExtraOffers {
  offers: readonly Offer[];
  problems: readonly CatalogProblem[];
}

/** Combines the documents' offers with the extra ones; the default keeps the document when both hold a reference. */
export type MergeOffers = (documents: readonly Offer[], extra: readonly Offer[]) => Offer[];

/** The documents win: an extra offer is added only when no document holds its reference. */
export const documentsFirst: MergeOffers = (documents, extra) => {
  const known = new Set(documents.map((o) => o.reference));
  return [...documents, ...extra.filter((o) => !known.has(o.reference))];
};

interface FileState {
  /** The last offer this file gave that passed the schema. */
  good: Offer | null;
  /** Why the file's current content is refused; null when it is fine. */
  reason: string | null;
}

/**
 * The state of each document of a folder, between reloads: its last good
 * offer and its current problem. A file that turns bad keeps its last good offer.
 */
export class OfferFiles {
  private readonly files = new Map<string, FileState>();
  private readonly since = new Map<string, Date>();

  /** Paths known, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /**
   * Records a file's new outcome. Returns the problem to log when it is new
   * (null when the file is fine or its problem was already known).
   */
  apply(path: string, outcome: ParseOutcome): { reason: string; servingPrevious: boolean } | null {
    const previous = this.files.get(path);
    if (outcome.ok) {
      this.files.set(path, { good: outcome.offer, reason: null });
      return null;
    }
    const good = previous?.good ?? null;
    this.files.set(path, { good, reason: outcome.reason });
    return previous?.reason === outcome.reason
      ? null
      : { reason: outcome.reason, servingPrevious: good !== null };
  }

  /** Forgets a deleted file: its offer is no longer served. */
  remove(path: string): void {
    this.files.delete(path);
  }

  /** A new catalog from every file's good offer, the extra offers, and every problem. */
  build(extra: ExtraOffers, merge: MergeOffers, now: Date): Catalog {
    const paths = this.paths();
    const states = paths.map((path) => [path, this.files.get(path) as FileState] as const);
    const unique = dedupeOffers(states.flatMap(([, s]) => (s.good ? [s.good] : [])));
    const problems: CatalogProblem[] = [
      ...states.flatMap(([path, s]) => (s.reason === null ? [] : [{ path, reason: s.reason }])),
      ...unique.problems,
      ...extra.problems,
    ];
    const catalog = new Catalog(merge(unique.offers, extra.offers), problems, now);
    const since = new Map(problems.map((p) => [p.path, this.since.get(p.path) ?? now]));
    this.since.clear();
    for (const [path, at] of since) this.since.set(path, at);
    return catalog;
  }

  /** The catalog's problems with since when each has lasted and whether a previous offer still serves. */
  statusProblems(catalog: Catalog): StatusProblem[] {
    return catalog.problems.map((p) => {
      const state = this.files.get(p.path);
      return {
        ...p,
        since: (this.since.get(p.path) ?? catalog.loadedAt).toISOString(),
        servingPrevious: state !== undefined && state.reason !== null && state.good !== null,
      };
    });
  }
}
