import type { RequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import type { TurnEvent } from '../assistant.ts';
import { FeedbackLog } from '../dialog/learning/feedbackLog.ts';
import { UnansweredLog } from '../dialog/learning/unansweredLog.ts';
import type { WebChannelState } from '../channels/web/deferredWebChannel.ts';
import type { CatalogStatus } from '../offers/catalogStore.ts';
import type { FeedDocumentsStatus } from '../offers/feed/feedDocuments.ts';
import type { Clock } from '../time/clock.ts';
import { adminRouter } from './admin.ts';
import type { Config } from './config.ts';
import { healthRouter, type RecognizerState } from './health.ts';
import { createMetrics, metricsRouter, type Metrics } from './metrics.ts';
import { requestLogging } from './requestLogging.ts';
import { Drain } from './shutdown.ts';
import { turnObserver } from './turnObserver.ts';

export interface ObservabilityOptions {
  config: Pick<Config, 'logUserText' | 'logClientIp' | 'adminToken' | 'metricsToken'>;
  logger: Logger;
  clock: Clock;
  /** The live catalog's status; null until it is loaded. */
  catalogStatus: () => CatalogStatus | null;
  /** The date recognizer's state, if the server runs one. */
  recognizerStatus?: () => RecognizerState;
  /** The web channel's state, if the server defers it. */
  webChannelStatus?: () => WebChannelState;
  /** The feed's official documents, when the server syncs a feed. */
  feedDocumentsStatus?: () => FeedDocumentsStatus;
  /** Node's default metrics (event-loop lag...); on by default, tests may turn them off. */
  defaultMetrics?: boolean;
}

/** Everything the server wires for "how is it doing": give `onTurn` to the assistant, `before` and `routers` to the app. */
export interface Observability {
  onTurn: (event: TurnEvent) => void;
  /** The request logger then the shutdown gate: mount first. */
  before: RequestHandler[];
  /** `/healthz`, `/readyz`, `/metrics`, and `/admin/unanswered` and `/admin/feedback` when `ADMIN_TOKEN` is set. */
  routers: Router[];
  drain: Drain;
  metrics: Metrics;
  unanswered: UnansweredLog;
  /** 👍/👎 on answers: give it to `createApp` and the web channel. */
  feedback: FeedbackLog;
}

/** Builds metrics, health, request logging, the learning log and the shutdown drain from the configuration. */
export function createObservability(options: ObservabilityOptions): Observability {
  const { config, logger, clock, catalogStatus } = options;
  const drain = new Drain();
  const emptyStatus = (): CatalogStatus => ({
    offers: 0,
    problems: [],
    loadedAt: clock.now().toISOString(),
    lastReloadAt: null,
    reloads: 0,
    reloadErrors: 0,
  });
  const metrics = createMetrics({
    catalogStatus: () => catalogStatus() ?? emptyStatus(),
    clock,
    defaultMetrics: options.defaultMetrics,
    inFlight: () => drain.inFlight,
    feedDocuments: options.feedDocumentsStatus,
  });
  const unanswered = new UnansweredLog({ clock });
  const feedback = new FeedbackLog({ clock });
  const admin = adminRouter(config.adminToken, { unanswered, feedback });
  return {
    onTurn: turnObserver({ logger, metrics, unanswered, logUserText: config.logUserText }),
    before: [...requestLogging(logger, { logClientIp: config.logClientIp }), drain.gate],
    routers: [
      healthRouter({
        catalogStatus,
        recognizerStatus: options.recognizerStatus,
        webChannelStatus: options.webChannelStatus,
        feedDocumentsStatus: options.feedDocumentsStatus,
        draining: () => drain.isDraining,
      }),
      metricsRouter(metrics.registry, config.metricsToken),
      ...(admin ? [admin] : []),
    ],
    drain,
    metrics,
    unanswered,
    feedback,
  };
}
