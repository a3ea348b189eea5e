import pino, { type Logger } from 'pino';

/**
 * Secrets that must never reach a log line, wherever a header object is logged
 * (the request logger logs no headers at all; this is the safety net).
 */
const REDACTED = ['cookie', 'authorization', 'x-api-key', 'x-metrics-token', 'proxy-authorization']
  .flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`])
  .concat(['res.headers["set-cookie"]']);

/**
 * JSON logs on stdout. User text appears only in turn logs and only with
 * `LOG_USER_TEXT=true`; client addresses only with `LOG_CLIENT_IP=true`.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'avp-bot' }, redact: REDACTED });
}
