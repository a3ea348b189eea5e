import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether `header` is `Bearer <expected>`. Compares SHA-256 digests with
 * `timingSafeEqual`, so the time taken says nothing of the token, not even its length.
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(expected)) && given !== '';
}

/**
 * Middleware that answers 401 (`WWW-Authenticate: Bearer`) unless the request
 * carries the token; lets everything through when `token` is null.
 */
export function bearerGuard(token: string | null): RequestHandler {
  return (req, res, next) => {
    if (token === null || bearerMatches(req.headers.authorization, token)) return next();
    res
      .set('WWW-Authenticate', 'Bearer')
      .set('Cache-Control', 'no-store')
      .status(401)
      .json({ error: 'Jeton d’accès manquant ou invalide.' });
  };
}
