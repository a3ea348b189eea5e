import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { securityMessages } from './securityMessages.fr.ts';

/**
 * Per-address HTTP rate limit over a one-minute window: beyond `perMinute`
 * requests the client gets a 429 with a polite French JSON message and the
 * standard `RateLimit` / `Retry-After` headers.
 */
export function httpRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    statusCode: 429,
    message: { error: securityMessages.tooManyRequests },
  });
}
