import type { IncomingMessage } from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler } from 'express';
import helmet from 'helmet';
import { apiErrorBody, CODE_OF_STATUS } from '../channels/rest/apiError.ts';
import { httpRateLimits } from './rateLimits.ts';
import { securityMessages } from './securityMessages.fr.ts';

/** The security settings of the HTTP server (see `.env.example`); every one has a default. */
export interface SecuritySettings {
  /** Origins (besides the page's own) whose pages may open the chat WebSocket. */
  allowedOrigins: readonly string[];
  /** Sources allowed to frame the widget (CSP `frame-ancestors`), besides `'self'`. */
  frameAncestors: readonly string[];
  /** Largest request body any route accepts, in bytes. */
  bodyLimitBytes: number;
  /** HTTP requests per minute and per client address. */
  httpRateLimitPerMinute: number;
  /** Chat messages per minute per conversation, and per client address (all its conversations). */
  wsSessionMessagesPerMinute: number;
  wsIpMessagesPerMinute: number;
  /** Open chat sockets per client address. */
  wsMaxConnectionsPerIp: number;
}

/** Safe defaults: same origin only, 32 KB bodies, generous but finite rates. */
export const DEFAULT_SECURITY: Readonly<SecuritySettings> = Object.freeze({
  allowedOrigins: [],
  frameAncestors: [],
  bodyLimitBytes: 32 * 1024,
  httpRateLimitPerMinute: 300,
  wsSessionMessagesPerMinute: 20,
  wsIpMessagesPerMinute: 120,
  wsMaxConnectionsPerIp: 20,
});

const HOST = /^[a-z0-9.\-:[\]]{1,255}$/i;

/**
 * helmet with our CSP: everything from our own origin only (`script-src 'self'`,
 * no inline script or style), WebSocket to the same host, and framing by
 * `'self'` plus the configured ancestors. X-Frame-Options is dropped when other
 * ancestors are allowed (CSP `frame-ancestors` supersedes it).
 */
export function securityHeaders(
  settings: Pick<SecuritySettings, 'frameAncestors'>,
): RequestHandler {
  const sameHostSockets = (req: IncomingMessage): string => {
    const host = req.headers.host ?? '';
    return HOST.test(host) ? `ws://${host} wss://${host}` : '';
  };
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'", (req) => sameHostSockets(req)],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'", ...settings.frameAncestors],
      },
    },
    xFrameOptions: settings.frameAncestors.length === 0 ? { action: 'sameorigin' } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/**
 * Caps every route's body before any parser runs: a declared length over the
 * limit gets 413, a body without declared length (chunked) gets 411.
 * Route parsers keep their own, smaller limits.
 */
export function bodyLimit(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers['content-length'];
    if (declared === undefined) {
      if (req.headers['transfer-encoding'] !== undefined)
        return void res
          .status(411)
          .json(apiErrorBody('length_required', securityMessages.lengthRequired));
      return next();
    }
    if (!/^\d{1,15}$/.test(declared) || Number(declared) > maxBytes) {
      return void res
        .status(413)
        .json(apiErrorBody('payload_too_large', securityMessages.tooLarge));
    }
    next();
  };
}

const CLIENT_ERRORS: Record<number, string> = {
  400: securityMessages.badRequest,
  411: securityMessages.lengthRequired,
  413: securityMessages.tooLarge,
  415: securityMessages.unsupportedType,
  429: securityMessages.tooManyRequests,
};

/**
 * The last-resort error handler: a client error (body-parser's 400/413/415...)
 * gets its French message, anything else a 500 with a generic one. The error's
 * own message and stack never reach the client; `onError` sees them.
 */
export function errorHandler(
  onError?: (error: unknown, req: Request) => void,
): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = Number(
      (error as { status?: unknown; statusCode?: unknown })?.status ??
        (error as { statusCode?: unknown })?.statusCode,
    );
    const clientError = Number.isInteger(status) && status >= 400 && status < 500;
    if (!clientError) onError?.(error, req);
    if (res.headersSent) return void res.destroy();
    const code = clientError ? status : 500;
    res
      .status(code)
      .json(
        apiErrorBody(
          CODE_OF_STATUS[code] ?? (clientError ? 'bad_request' : 'internal_error'),
          CLIENT_ERRORS[code] ??
            (clientError ? securityMessages.badRequest : securityMessages.internal),
        ),
      );
  };
}

/**
 * The client address of a raw request (a WebSocket upgrade), computed exactly
 * as Express computes `req.ip` with the app's `trust proxy` setting.
 */
export function clientAddress(app: Express): (req: IncomingMessage) => string {
  return (req) => {
    const view = Object.create(app.request, {
      headers: { value: req.headers },
      socket: { value: req.socket },
      connection: { value: req.socket },
    }) as Request;
    return view.ip ?? req.socket.remoteAddress ?? 'inconnue';
  };
}

/** The settings given, completed with the defaults (an `undefined` value keeps the default). */
export function withSecurityDefaults(given: Partial<SecuritySettings>): SecuritySettings {
  const keys = Object.keys(DEFAULT_SECURITY) as (keyof SecuritySettings)[];
  const set = Object.fromEntries(
    keys.filter((k) => given[k] !== undefined).map((k) => [k, given[k]]),
  ) as Partial<SecuritySettings>;
  return { ...DEFAULT_SECURITY, ...set };
}

/** Mounts, in order: security headers, the per-address rate limits (users, probes), the body cap. Call before any route. */
export function protect(app: Express, given: Partial<SecuritySettings>): void {
  const settings = withSecurityDefaults(given);
  app.use(securityHeaders(settings));
  app.use(httpRateLimits(settings.httpRateLimitPerMinute));
  app.use(bodyLimit(settings.bodyLimitBytes));
}
