import type { ServerOptions } from 'node:http';
import { z } from 'zod';

/** How long the HTTP server waits on a client (the `HTTP_*_TIMEOUT_MS` settings). */
export interface HttpServerSettings {
  /** A request (headers and body) must have arrived within this; else 408 and the connection closed. */
  httpRequestTimeoutMs: number;
  /** The request's headers must have arrived within this (at most `httpRequestTimeoutMs`). */
  httpHeadersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  httpKeepAliveTimeoutMs: number;
}

const ms = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int('attendu un nombre entier de millisecondes')
    .min(1000, 'au moins 1000 (1 seconde)')
    .max(max, `au plus ${max}`)
    .default(fallback);

/** The environment variables of {@link HttpServerSettings} (merged into the configuration schema). */
export const httpServerEnvShape = {
  HTTP_REQUEST_TIMEOUT_MS: ms(15_000, 300_000),
  HTTP_HEADERS_TIMEOUT_MS: ms(10_000, 300_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: ms(65_000, 600_000),
};

type HttpServerEnv = z.infer<z.ZodObject<typeof httpServerEnvShape>>;

/** The validated variables as settings. */
export function httpServerSettings(env: HttpServerEnv): HttpServerSettings {
  return {
    httpRequestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    httpHeadersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    httpKeepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  };
}

/** The headers timeout cannot exceed the request timeout (Node refuses such a server). */
export const headersWithinRequest = {
  check: (env: HttpServerEnv) => env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS,
  message: 'HTTP_HEADERS_TIMEOUT_MS doit être au plus HTTP_REQUEST_TIMEOUT_MS',
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
};

/** Node checks the request and headers timeouts this often (its default, 30 s, would let a late request run 30 s over). */
const TIMEOUT_CHECK_MS = 1000;

/** The options of `http.createServer` for these settings. */
export function httpServerOptions(settings: HttpServerSettings): ServerOptions {
  return {
    requestTimeout: settings.httpRequestTimeoutMs,
    headersTimeout: settings.httpHeadersTimeoutMs,
    keepAliveTimeout: settings.httpKeepAliveTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
}
