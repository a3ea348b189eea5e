import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { MessagingLogger } from '../../../src/channels/messaging/types.ts';

/** One request the stand-in API received. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

type Reply = { status?: number; body: unknown };
type Responder = (req: Recorded) => Reply | Promise<Reply>;

/**
 * A real HTTP server on 127.0.0.1 standing in for the Slack or Webex API:
 * records every request as it arrives and answers with `respond` (which may
 * take its time); `received(n)` resolves once `n` requests arrived.
 */
export async function startFakeApi(respond: Responder): Promise<{
  url: string;
  requests: Recorded[];
  received(count: number): Promise<void>;
  setResponder(r: Responder): void;
  close(): Promise<void>;
}> {
  const requests: Recorded[] = [];
  let responder = respond;
  let waiting: Array<{ count: number; wake: () => void }> = [];
  const wakeUp = () => {
    const ready = waiting.filter((w) => requests.length >= w.count);
    waiting = waiting.filter((w) => requests.length < w.count);
    for (const w of ready) w.wake();
  };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: text === '' ? null : JSON.parse(text),
      };
      requests.push(recorded);
      wakeUp();
      void Promise.resolve(responder(recorded)).then(({ status = 200, body }) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    received: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise<void>((wake) => waiting.push({ count, wake })),
    setResponder: (r) => {
      responder = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A logger that keeps every line, to assert that errors were logged. */
export function recordingLogger(): MessagingLogger & {
  lines: Array<{ level: string; obj: object; msg: string | undefined }>;
} {
  const lines: Array<{ level: string; obj: object; msg: string | undefined }> = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
