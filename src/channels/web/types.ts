/** The path of the widget's WebSocket. */
export const WS_PATH = '/ws';

/** The logger the web channel writes to (pino's shape). */
export interface WebLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Message rates (token buckets, burst = the per-minute figure) and the connection cap. */
export interface WebLimits {
  sessionMessagesPerMinute: number;
  ipMessagesPerMinute: number;
  maxConnectionsPerIp: number;
}

/**
 * Who a socket speaks for: `conversation` is `web:` + the id inside the signed
 * `token` the server issued; `resumed` when the client presented a valid token.
 */
export interface WebSession { conversation: string; token: string; resumed: boolean }
