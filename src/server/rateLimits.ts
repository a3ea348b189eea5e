import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { addressKey } from '../channels/addressKey.ts';
import { securityMessages } from './securityMessages.fr.ts';

/** Liveness, readiness and scrape paths: cheap, polled by infrastructure, limited apart from users. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Probe requests per minute and per address (2 per second): a load balancer, an orchestrator
 * and a Prometheus polling every few seconds stay far below it.
 */
export const PROBE_RATE_LIMIT_PER_MINUTE = 120;

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
    message: { error: securityMessages.tooManyRequests },
    keyGenerator: (req) => addressKey(req.ip ?? req.socket.remoteAddress ?? ''),
    // That check looks for `ipKeyGenerator` in the function's text; `addressKey` calls it.
    validate: { keyGeneratorIpFallback: false },
  });
}

/**
 * The HTTP limits by path: the probes (`PROBE_PATHS`) have their own bucket per address
 * (`PROBE_RATE_LIMIT_PER_MINUTE`), so a busy proxy address that spent its users' budget still
 * passes its health checks, and probes never spend the users' budget; every other path takes
 * from the users' bucket (`perMinute`).
 */
export function httpRateLimits(perMinute: number): RequestHandler {
  const users = httpRateLimit(perMinute);
  const probes = httpRateLimit(PROBE_RATE_LIMIT_PER_MINUTE);
  return (req, res, next) => (PROBE_PATHS.has(req.path) ? probes : users)(req, res, next);
}
