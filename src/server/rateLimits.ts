import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { addressKey } from '../channels/addressKey.ts';
import { apiErrorBody } from '../channels/rest/apiError.ts';
import { securityMessages } from './securityMessages.fr.ts';

/** Liveness, readiness and scrape paths: polled by infrastructure, never under the users' limit. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Liveness and readiness are answered from memory in a few microseconds, as cheaply as a 429
 * would be: limiting them would protect nothing, and a prober polling fast (a start-up script,
 * an orchestrator) must not be turned away.
 */
const UNLIMITED_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/**
 * `/metrics` scrapes per minute and per address (2 per second) in a bucket of their own: a
 * scrape renders every metric (milliseconds, not microseconds); Prometheus scrapes every
 * 15 s or so. `METRICS_TOKEN` closes it to everyone else.
 */
export const METRICS_RATE_LIMIT_PER_MINUTE = 120;

/**
 * Per-address HTTP rate limit over a one-minute window: beyond `perMinute`
 * requests the client gets a 429 with a polite French JSON message and the
 * standard `RateLimit` / `Retry-After` headers. Addresses are keyed by
 * `addressKey`, as the WebSocket limits are (IPv6 by /56).
 */
export function httpRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    statusCode: 429,
    message: apiErrorBody('rate_limited', securityMessages.tooManyRequests),
    keyGenerator: (req) => addressKey(req.ip ?? req.socket.remoteAddress ?? ''),
    // That check looks for `ipKeyGenerator` in the function's text; `addressKey` calls it.
    validate: { keyGeneratorIpFallback: false },
  });
}

/**
 * The HTTP limits by path, so that a busy proxy address that spent its users' budget still
 * passes its health checks, and probes never spend the users' budget: `/healthz` and `/readyz`
 * are not limited, `/metrics` has its own bucket per address (`METRICS_RATE_LIMIT_PER_MINUTE`),
 * every other path takes from the users' bucket (`perMinute`).
 */
export function httpRateLimits(perMinute: number): RequestHandler {
  const users = httpRateLimit(perMinute);
  const metrics = httpRateLimit(METRICS_RATE_LIMIT_PER_MINUTE);
  return (req, res, next) => {
    if (UNLIMITED_PATHS.has(req.path)) return next();
    (req.path === '/metrics' ? metrics : users)(req, res, next);
  };
}
