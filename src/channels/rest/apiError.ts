import type { RequestHandler, Response } from 'express';
import { restMessages } from './messages.fr.ts';

/** The stable, machine-readable codes of the API's errors (the message is French and may change). */
export type ApiErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'text_required'
  | 'text_too_long'
  | 'unknown_parameter'
  | 'invalid_parameter'
  | 'unknown_place'
  | 'invalid_reference'
  | 'invalid_feedback'
  | 'unknown_answer'
  | 'unauthorized'
  | 'not_found'
  | 'method_not_allowed'
  | 'length_required'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal_error'
  | 'unavailable';

/** Every error body of the API: `{"error": {"code", "message", "details"?}}`. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details?: Record<string, unknown> };
}

/** The error body for a code and its French message (details, when given, for programs). */
export function apiErrorBody(
  code: ApiErrorCode,
  message: string,
  details?: Record<string, unknown>,
): ApiErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Sends an API error with its HTTP status. */
export function sendApiError(
  res: Response,
  status: number,
  code: ApiErrorCode,
  message: string,
  details?: Record<string, unknown>,
): void {
  res.status(status).json(apiErrorBody(code, message, details));
}

/** The code of a client error status the routes did not answer themselves (body parser, limits). */
export const CODE_OF_STATUS: Readonly<Record<number, ApiErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  411: 'length_required',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/**
 * 405 with `Allow` for a method the routes do not take on a path they serve; `OPTIONS` gets 204
 * with the same `Allow`. Paths are templates (`/api/offers/{reference}`); a GET path also takes HEAD.
 * Mount it after the routes and before the 404.
 */
export function methodNotAllowed(
  routes: Readonly<Record<string, readonly string[]>>,
): RequestHandler {
  const table = Object.entries(routes).map(([template, methods]) => ({
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    allow: methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', '),
  }));
  return (req, res, next) => {
    const route = table.find(({ pattern }) => pattern.test(req.path));
    if (route === undefined) return next();
    res.set('Allow', route.allow);
    if (req.method === 'OPTIONS') return void res.status(204).end();
    if (route.allow.split(', ').includes(req.method)) return next();
    sendApiError(res, 405, 'method_not_allowed', restMessages.methodNotAllowed(route.allow));
  };
}
