import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Assistant } from '../assistant.ts';
import { ConversationTokens } from '../channels/conversationTokens.ts';
import { askRouter } from '../channels/rest/askRoute.ts';
import { restMessages } from '../channels/rest/messages.fr.ts';
import type { CatalogStatus } from '../offers/catalogStore.ts';
import type { Config } from './config.ts';

export interface AppDependencies {
  assistant: Assistant;
  config: Pick<Config, 'sessionSecret' | 'trustProxy'>;
  /** Extra routers mounted before the 404 (the widget's assets). */
  routers?: express.Router[];
  onError?: (error: unknown) => void;
  /** The live catalog's status, served as JSON by `GET /api/status` (the route exists only when given). */
  catalogStatus?: () => CatalogStatus;
}

/**
 * The Express application, without listening: tests drive it with supertest,
 * `main.ts` gives it a port.
 */
export function createApp({ assistant, config, routers = [], onError, catalogStatus }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(askRouter(assistant, new ConversationTokens(config.sessionSecret)));
  if (catalogStatus) app.get('/api/status', (_req, res) => void res.set('Cache-Control', 'no-store').json(catalogStatus()));
  for (const router of routers) app.use(router);
  app.use((_req, res) => void res.status(404).json({ error: restMessages.notFound }));
  const lastResort: ErrorRequestHandler = (error, _req, res, _next) => {
    onError?.(error);
    if (!res.headersSent) res.status(500).json({ error: restMessages.internal });
  };
  app.use(lastResort);
  return app;
}
