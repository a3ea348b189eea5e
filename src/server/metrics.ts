import { Router } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { TurnEvent } from '../assistant.ts';
import type { CatalogStatus } from '../offers/catalogStore.ts';
import type { FeedDocumentsStatus } from '../offers/feed/feedDocuments.ts';
import type { Clock } from '../time/clock.ts';
import { bearerGuard } from './bearer.ts';

export interface MetricsOptions {
  /** The live catalog's status (size, load time, reload counters), read at each scrape. */
  catalogStatus: () => CatalogStatus;
  /** Where "now" comes from for the catalog's age. */
  clock: Clock;
  /** Node's default metrics (event-loop lag, memory, GC, CPU); on by default. */
  defaultMetrics?: boolean;
  /** HTTP requests and turns under way (the shutdown drain counts them). */
  inFlight?: () => { requests: number; turns: number };
  /** The feed's official documents, when the server syncs a feed. */
  feedDocuments?: () => FeedDocumentsStatus;
}

/** The bot's metrics, on a registry of its own (tests get fresh ones; nothing global). */
export interface Metrics {
  registry: Registry;
  /** Counts and times one answered turn. */
  observeTurn(event: Pick<TurnEvent, 'channel' | 'intent' | 'fallback' | 'durationMs'>): void;
}

/** Turn latency buckets, in seconds: a turn takes about a millisecond, a cold recognizer seconds. */
const TURN_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Creates the registry: `avp_turn_duration_seconds{channel,intent}`,
 * `avp_fallbacks_total{channel}`, `avp_catalog_offers`, `avp_catalog_age_seconds`,
 * `avp_catalog_problems`, `avp_catalog_reloads_total`, `avp_catalog_reload_errors_total`,
 * `avp_http_requests_in_flight` and `avp_turns_in_flight` (when `inFlight` is given),
 * `avp_feed_documents{state}` and `avp_feed_document_failures{reason}` (when `feedDocuments` is),
 * and Node's defaults (`nodejs_eventloop_lag_seconds` and its percentiles...).
 */
export function createMetrics({
  catalogStatus,
  clock,
  defaultMetrics = true,
  inFlight,
  feedDocuments,
}: MetricsOptions): Metrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const turns = new Histogram({
    name: 'avp_turn_duration_seconds',
    help: 'Time to answer a turn, by channel and intent answered',
    labelNames: ['channel', 'intent'] as const,
    buckets: TURN_BUCKETS,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'avp_fallbacks_total',
    help: 'Turns answered with the fallback (not understood), by channel',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const fromStatus = (name: string, help: string, read: (s: CatalogStatus) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(catalogStatus()));
      },
    });
  fromStatus('avp_catalog_offers', 'Offers in the catalog in service', (s) => s.offers);
  fromStatus(
    'avp_catalog_problems',
    'Offer files (or feed entries) with a problem',
    (s) => s.problems.length,
  );
  fromStatus('avp_catalog_age_seconds', 'Seconds since the catalog in service was built', (s) =>
    Math.max(0, (clock.now().getTime() - Date.parse(s.loadedAt)) / 1000),
  );
  const counterFromStatus = (name: string, help: string, read: (s: CatalogStatus) => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read(catalogStatus()));
      },
    });
  counterFromStatus('avp_catalog_reloads_total', 'Catalog reloads since start', (s) => s.reloads);
  counterFromStatus(
    'avp_catalog_reload_errors_total',
    'Catalog reloads or watcher events that failed',
    (s) => s.reloadErrors,
  );
  if (inFlight) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    gauge(
      'avp_http_requests_in_flight',
      'HTTP requests under way (this scrape included)',
      () => inFlight().requests,
    );
    gauge('avp_turns_in_flight', 'Turns under way, all channels', () => inFlight().turns);
  }

  if (feedDocuments) {
    new Gauge({
      name: 'avp_feed_documents',
      help: 'Feed offers by document state: offers, named (url_pdf), with_document, failed',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const s = feedDocuments();
        this.reset();
        this.set({ state: 'offers' }, s.offers);
        this.set({ state: 'named' }, s.named);
        this.set({ state: 'with_document' }, s.withDocument);
        this.set({ state: 'failed' }, s.failed);
      },
    });
    new Gauge({
      name: 'avp_feed_document_failures',
      help: 'Feed offers served from their columns, by why their document failed',
      labelNames: ['reason'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [reason, count] of Object.entries(feedDocuments().failures))
          this.set({ reason }, count ?? 0);
      },
    });
  }

  return {
    registry,
    observeTurn({ channel = 'unknown', intent, fallback, durationMs }) {
      turns.observe({ channel, intent }, durationMs / 1000);
      if (fallback) fallbacks.inc({ channel });
    },
  };
}

/** `GET /metrics` in Prometheus' text format; behind `Authorization: Bearer <token>` when a token is set. */
export function metricsRouter(registry: Registry, token: string | null): Router {
  const router = Router();
  const guard = bearerGuard(token);
  router.get('/metrics', guard, async (_req, res) => {
    res
      .set('Content-Type', registry.contentType)
      .set('Cache-Control', 'no-store')
      .send(await registry.metrics());
  });
  return router;
}
