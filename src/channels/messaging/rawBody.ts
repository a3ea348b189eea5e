import { raw, type ErrorRequestHandler, type RequestHandler } from 'express';
import { MESSAGING_MESSAGES } from './messages.fr.ts';

/** Largest webhook body accepted; Slack and Webex events are a few KB. */
export const MAX_BODY = '64kb';

/**
 * Reads the body as raw bytes (any content type, 64 KB at most) so signatures
 * are checked on exactly what was sent; body errors become short 4xx.
 */
export function rawBody(): readonly [RequestHandler, ErrorRequestHandler] {
  const read = raw({ type: () => true, limit: MAX_BODY });
  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    const { type, status } = error as { type?: string; status?: number };
    if (type === 'entity.too.large') res.status(413).json({ error: MESSAGING_MESSAGES.tooLarge });
    else if (typeof status === 'number' && status >= 400 && status < 500)
      res.status(status).json({ error: MESSAGING_MESSAGES.badBody });
    else next(error);
  };
  return [read, onError] as const;
}

/** The raw body as a Buffer (empty when nothing was read). */
export function bodyBytes(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}

/** Parses a JSON object; null for empty, malformed or non-object bodies. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  if (text.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
