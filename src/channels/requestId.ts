import type { IncomingMessage } from 'node:http';

/** The id the server's request logging gave this HTTP request (`req.id`), passed on with the turn for its log line. */
export function requestIdOf(req: IncomingMessage): string | undefined {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
