import type { CatalogEntry } from '../offers/catalog.ts';
import { offerStatus } from '../offers/offer.ts';
import type { TurnContext } from './turnContext.ts';

/** Which offer a question is about. */
export type OfferResolution =
  | { kind: 'one'; entry: CatalogEntry }
  | { kind: 'several'; entries: CatalogEntry[] }
  | { kind: 'unknownReference'; reference: string }
  | { kind: 'none' };

/** Titles scoring at least this share of the best match are kept as candidates. */
const CLOSE_TO_BEST = 0.75;
/** A title match must cover at least this share of the title's weight. */
const MIN_TITLE_SCORE = 0.3;

/** The reference at a rank of the last list (1-based; -1 is the last). */
function byRank(list: readonly string[], rank: number | null): string | null {
  if (rank === null || list.length === 0) return null;
  return (rank === -1 ? list[list.length - 1] : list[rank - 1]) ?? null;
}

/**
 * Resolves the offer a turn is about: a reference in the message first, then
 * a rank in the last list ("le deuxième"), then the titles it names, then the offer in focus, then a one-offer list just shown.
 */
export function resolveOffer(context: TurnContext): OfferResolution {
  const { understanding, catalog, today, state } = context;
  const reference = understanding.references[0];
  if (reference !== undefined) {
    const entry = catalog.byRef(reference);
    return entry !== undefined && offerStatus(entry.offer, today) !== 'upcoming'
      ? { kind: 'one', entry }
      : { kind: 'unknownReference', reference };
  }
  const ranked = byRank(state.lastList, understanding.ordinal);
  if (ranked !== null) {
    const entry = catalog.byRef(ranked);
    if (entry !== undefined) return { kind: 'one', entry };
  }
  const matches = catalog
    .matchTitle(understanding.text, today)
    .filter((m) => m.score >= MIN_TITLE_SCORE);
  const best = matches[0];
  if (best !== undefined) {
    const close = matches.filter((m) => m.score >= best.score * CLOSE_TO_BEST);
    if (close.length === 1) return { kind: 'one', entry: best.entry };
    const focused = close.find((m) => m.entry.offer.reference === state.focus);
    if (focused) return { kind: 'one', entry: focused.entry };
    return { kind: 'several', entries: close.map((m) => m.entry) };
  }
  const focus = state.focus === null ? undefined : catalog.byRef(state.focus);
  if (focus !== undefined) return { kind: 'one', entry: focus };
  if (state.lastList.length === 1) {
    const only = catalog.byRef(state.lastList[0]!);
    if (only !== undefined) return { kind: 'one', entry: only };
  }
  return { kind: 'none' };
}
