import express, { type Express } from 'express';
import type { Assistant } from '../assistant.ts';
import { ConversationTokens } from '../channels/conversationTokens.ts';
import { askRouter } from '../channels/rest/askRoute.ts';
import { feedbackRouter } from '../channels/rest/feedbackRoute.ts';
import { methodNotAllowed, sendApiError } from '../channels/rest/apiError.ts';
import { restMessages } from '../channels/rest/messages.fr.ts';
import { DESCRIBED_METHODS, openApiRouter } from '../channels/rest/openapi.ts';
import { FeedbackLog } from '../dialog/learning/feedbackLog.ts';
import type { Catalog } from '../offers/catalog.ts';
import { systemClock } from '../time/clock.ts';
import type { CatalogStatus } from '../offers/catalogStore.ts';
import type { Config } from './config.ts';
import { errorHandler, protect, type SecuritySettings } from './security.ts';
import { statusRouter } from './statusRoute.ts';

export interface AppDependencies {
  assistant: Assistant;
  /**
   * The security settings not given take their defaults (`DEFAULT_SECURITY`); `adminToken`
   * (none by default) opens the details of `/api/status`.
   */
  config: Pick<Config, 'sessionSecret' | 'trustProxy'> &
    Partial<Pick<Config, 'conversationTokenTtlMs' | 'adminToken'>> &
    Partial<SecuritySettings>;
  /** The catalog in service, for the links and communes of `/api/ask`'s offers (the assistant's when it has one). */
  catalog?: () => Catalog;
  /** Signs and checks the API's conversation tokens; from `config` (real time) when absent. */
  tokens?: ConversationTokens;
  /** Middleware mounted first, before security (shutdown gate, request logging). */
  before?: express.RequestHandler[];
  /** Extra routers mounted before the 404 (the widget's assets). */
  routers?: express.Router[];
  onError?: (error: unknown) => void;
  /**
   * Where 👍/👎 on answers are counted (`answerId` in `/api/ask`, `POST /api/feedback`); give the
   * server's (`createObservability`), listed by `/admin/feedback`. A private one when absent.
   */
  feedback?: FeedbackLog;
  /** The live catalog's status, summed up by `GET /api/status` (the route exists only when given). */
  catalogStatus?: () => CatalogStatus;
}

/**
 * The Express application, without listening: tests drive it with supertest,
 * `main.ts` gives it a port.
 */
export function createApp({
  assistant,
  config,
  before = [],
  routers = [],
  onError,
  catalogStatus,
  catalog = 'catalog' in assistant ? (assistant.catalog as () => Catalog) : undefined,
  tokens = new ConversationTokens(config.sessionSecret, { ttlMs: config.conversationTokenTtlMs }),
  feedback = new FeedbackLog({ clock: systemClock }),
}: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Answers are computed per request and never revalidated: no SHA-1 of every JSON body. (The
  // widget's files lose theirs too; they revalidate by Last-Modified.)
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  for (const handler of before) app.use(handler);
  protect(app, config);
  app.use(askRouter(assistant, tokens, catalog, feedback));
  app.use(feedbackRouter(tokens, feedback));
  app.use(openApiRouter());
  if (catalogStatus) app.use(statusRouter(catalogStatus, config.adminToken ?? null));
  for (const router of routers) app.use(router);
  app.use(methodNotAllowed(DESCRIBED_METHODS));
  app.use((_req, res) => sendApiError(res, 404, 'not_found', restMessages.notFound));
  app.use(errorHandler(onError));
  return app;
}
