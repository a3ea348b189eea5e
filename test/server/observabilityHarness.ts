import type { WebChannelState } from '../../src/channels/web/deferredWebChannel.ts';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import pino from 'pino';
import { createAssistant } from '../../src/createAssistant.ts';
import type { CatalogStatus } from '../../src/offers/catalogStore.ts';
import { createApp } from '../../src/server/app.ts';
import type { RecognizerState } from '../../src/server/health.ts';
import { createObservability, type Observability } from '../../src/server/observability.ts';
import { fixedClock } from '../../src/time/clock.ts';

export const ADMIN_TOKEN = 'admin-token-of-at-least-24-characters';

export interface Harness {
  app: Express;
  observability: Observability;
  /** Every JSON line logged so far. */
  logs: Array<Record<string, unknown>>;
}

export interface HarnessOptions {
  adminToken?: string | null;
  metricsToken?: string | null;
  logUserText?: boolean;
  logClientIp?: boolean;
  catalogStatus?: () => CatalogStatus | null;
  recognizerStatus?: () => RecognizerState;
  webChannelStatus?: () => WebChannelState;
}

/** The real app and assistant on the bundled catalog, with observability wired as `main.ts` does, logs captured. */
export async function observedApp(options: HarnessOptions = {}): Promise<Harness> {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const clock = fixedClock('2025-06-05');
  let statusOf: () => CatalogStatus | null = () => null;
  const observability = createObservability({
    config: {
      adminToken: options.adminToken === undefined ? ADMIN_TOKEN : options.adminToken,
      metricsToken: options.metricsToken ?? null,
      logUserText: options.logUserText ?? false,
      logClientIp: options.logClientIp ?? false,
    },
    logger,
    clock,
    catalogStatus: options.catalogStatus ?? (() => statusOf()),
    recognizerStatus: options.recognizerStatus,
    webChannelStatus: options.webChannelStatus,
    defaultMetrics: true,
  });
  const assistant = await createAssistant({
    dataDir: 'data/offers',
    clock,
    onTurn: observability.onTurn,
  });
  const loadedAt = clock.now().toISOString();
  statusOf = () => ({
    offers: assistant.catalog().size,
    problems: [],
    loadedAt,
    lastReloadAt: null,
    reloads: 2,
    reloadErrors: 1,
  });
  const app = createApp({
    assistant: observability.drain.track(assistant),
    config: { sessionSecret: null, trustProxy: false },
    before: observability.before,
    routers: observability.routers,
    feedback: observability.feedback,
  });
  return { app, observability, logs };
}
