/** The path of the widget's WebSocket. */
export const WS_PATH = '/ws';

/**
 * The path of a request target, without its query, never throwing: an upgrade request's target is
 * untrusted (`//[` makes `new URL` throw, and a throw in an 'upgrade' listener ends the process).
 */
export function requestPath(url: string | undefined): string {
  const target = url ?? '/';
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

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
 * `token` the server issued; `resumed` when the client presented a valid token;
 * `renewed` when it presented one the server no longer accepts (signed with
 * another secret, expired, of the other channel): its conversation starts afresh.
 */
export interface WebSession {
  conversation: string;
  token: string;
  resumed: boolean;
  renewed: boolean;
}
