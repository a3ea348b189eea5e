import { Router } from 'express';
import type { WebChannelState } from '../channels/web/deferredWebChannel.ts';
import type { CatalogStatus } from '../offers/catalogStore.ts';
import type { FeedDocumentsStatus } from '../offers/feed/feedDocuments.ts';

/** The date recognizer's state: `cold` (not loaded), `warming` (loading, seconds), `warm`. */
export type RecognizerState = 'cold' | 'warming' | 'warm';

export interface HealthOptions {
  /** The live catalog's status; null (or absent) until the first load is done. */
  catalogStatus?: () => CatalogStatus | null;
  /** The date recognizer's state, when the server has one; readiness does not wait for it. */
  recognizerStatus?: () => RecognizerState;
  /** The widget's WebSocket channel (Botkit), loaded once the server listens; readiness does not wait for it. */
  webChannelStatus?: () => WebChannelState;
  /** The feed's official documents, when the server syncs a feed; readiness does not wait for them. */
  feedDocumentsStatus?: () => FeedDocumentsStatus;
  /** True once shutdown began: not ready any more. */
  draining?: () => boolean;
}

/** What `GET /readyz` answers. */
export interface Readiness {
  ready: boolean;
  /** Why not ready, in French, when not. */
  reason?: string;
  catalog: { loaded: boolean; offers: number; loadedAt: string | null };
  /** `unknown` when the server was given no recognizer status. */
  recognizer: RecognizerState | 'unknown';
  /** `unknown` when the server was given no web channel status. */
  webChannel: WebChannelState | 'unknown';
  /**
   * The open-data feed's official PDFs, when the server syncs a feed: offers, those naming a
   * document, those served with it, those served from their columns, failures per kind.
   */
  feedDocuments?: FeedDocumentsStatus;
  /** What still loads in the background while answers already go out (French, when anything does). */
  note?: string;
}

const NOTES = {
  recognizer: 'le module de dates rares se charge en arrière-plan',
  webChannel: 'le canal WebSocket du widget se charge (les connexions attendent)',
} as const;

/** Readiness from the catalog, the recognizer and the shutdown state. */
export function readiness({
  catalogStatus,
  recognizerStatus,
  webChannelStatus,
  feedDocumentsStatus,
  draining,
}: HealthOptions): Readiness {
  const status = catalogStatus?.() ?? null;
  const recognizer = recognizerStatus?.() ?? 'unknown';
  const webChannel = webChannelStatus?.() ?? 'unknown';
  const loading = [
    ...(recognizer === 'warming' || recognizer === 'cold' ? [NOTES.recognizer] : []),
    ...(webChannel === 'loading' ? [NOTES.webChannel] : []),
  ];
  const catalog = {
    loaded: status !== null,
    offers: status?.offers ?? 0,
    loadedAt: status?.loadedAt ?? null,
  };
  const reason = draining?.()
    ? 'arrêt en cours'
    : status === null
      ? 'catalogue en cours de chargement'
      : undefined;
  return {
    ready: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    catalog,
    recognizer,
    webChannel,
    ...(feedDocumentsStatus ? { feedDocuments: feedDocumentsStatus() } : {}),
    ...(loading.length > 0 ? { note: `prêt ; ${loading.join(' ; ')}` } : {}),
  };
}

/**
 * `GET /healthz`: 200 while the process serves HTTP (liveness).
 * `GET /readyz`: 200 once the catalog is loaded, 503 before it and during
 * shutdown; the JSON gives the catalog size and the recognizer's state
 * (ready even while it warms, and says so).
 */
export function healthRouter(options: HealthOptions): Router {
  const router = Router();
  router.get(
    '/healthz',
    (_req, res) => void res.set('Cache-Control', 'no-store').json({ status: 'ok' }),
  );
  router.get('/readyz', (_req, res) => {
    const body = readiness(options);
    res
      .set('Cache-Control', 'no-store')
      .status(body.ready ? 200 : 503)
      .json(body);
  });
  return router;
}
