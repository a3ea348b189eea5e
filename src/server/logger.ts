import pino, { type Logger } from 'pino';

/** JSON logs on stdout; no user text unless a later setting allows it. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'avp-bot' }, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}
