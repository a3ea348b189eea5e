import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { PROBE_PATHS } from './rateLimits.ts';

/** A client's `X-Request-Id` is kept when it looks like an id (8-128 of `A-Za-z0-9._:-`), else replaced. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id: the client's `X-Request-Id` if well-formed, else a new UUID; echoed in the response. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && WELL_FORMED_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0] ?? '/';

export interface RequestLoggingOptions {
  /** Log the client's address (`req.ip`, so behind `trust proxy` the forwarded one). */
  logClientIp: boolean;
}

/**
 * One JSON line per request (pino-http): id, method, path without the query
 * string (queries may hold user text), status, duration; no headers, no IP
 * unless configured. The id is `req.id`; channels pass it on with the turn
 * (`Turn.requestId`), so turn logs carry it without an AsyncLocalStorage
 * (whose promise hooks cost every request ~10 % of its time).
 */
export function requestLogging(
  logger: Logger,
  { logClientIp }: RequestLoggingOptions,
): RequestHandler[] {
  const http = pinoHttp({
    logger,
    genReqId: requestIdFor,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; ip?: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
        ...(logClientIp ? { ip: req.ip ?? req.socket?.remoteAddress } : {}),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    // Probes and scrapes are not logged at info (one line every few seconds per prober).
    autoLogging: { ignore: (req) => PROBE_PATHS.has(pathOf(req.url)) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
  });
  return [http as unknown as RequestHandler];
}
