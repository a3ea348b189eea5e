import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from './feedServer.ts';

/*
 * The production server (`npm run build`, then `node dist/main.mjs` as `npm start` runs it)
 * with FEED_SOURCE on a local feed server that turns hostile: 100,000 nested arrays in a
 * record. Before the fix the JSON reader overflowed the stack, the sync's refresh promise was
 * unhandled, and Node exited right after "prêt" (and again at every restart).
 */

const GOOD = readFileSync('test/fixtures/feed/api-v1-records.json', 'utf8');
const HOSTILE = `{"records":[{"fields":{"numero":"26-0001","libelleposte":"x","mission":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;

interface Running {
  child: ChildProcess;
  port: number;
  logs: { msg?: string; reason?: string; examples?: { reason: string }[] }[];
}

let feed: FeedServer;
let body: string;
let running: Running | null = null;

beforeAll(() => {});

afterEach(() => {
  if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
  running = null;
});

afterAll(async () => {
  await feed?.close();
});

/** Starts `node dist/main.mjs` on a free port with the feed polled every 3 s. */
async function startServer(): Promise<Running> {
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WATCH_DATA: 'false',
      BOT_NOW: '2026-06-15',
      FEED_SOURCE: feed.url('/feed'),
      FEED_INTERVAL_MINUTES: '0.05',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Running['logs'] = [];
  if (child.stdout === null) throw new Error('pas de sortie standard');
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
    lines.on('line', (line) => {
      const log = JSON.parse(line) as Running['logs'][number] & { port?: number };
      logs.push(log);
      if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
    });
  });
  return { child, port, logs };
}

async function status(port: number, path: string): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}${path}`)).status;
}

/** Waits for a condition, failing when the process exits first or after `timeoutMs`. */
async function until(
  server: Running,
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (server.child.exitCode !== null)
      throw new Error(`le serveur s'est arrêté (${server.child.exitCode}) avant : ${what}`);
    if (Date.now() > deadline) throw new Error(`jamais vu : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const REFUSED = 'flux open data refusé : dernier flux conservé';
const count = (server: Running, msg: string) => server.logs.filter((l) => l.msg === msg).length;

describe('a hostile feed never ends the process (real process, built as npm start runs it)', () => {
  beforeAll(async () => {
    feed = await startFeedServer();
    feed.routes.set('/feed', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(body),
    );
  });

  it('bundles the parse worker as its own entry', () => {
    expect(existsSync('dist/feedParseWorker.mjs')).toBe(true);
  });

  it('keeps serving, and keeps the last good feed, when the feed turns hostile', async () => {
    body = GOOD;
    const server = await startServer();
    running = server;
    // 26-0674 is in the feed only: served once the feed (parsed in the bundled worker) is merged.
    await until(
      server,
      async () => (await status(server.port, '/api/offers/26-0674')) === 200,
      'le flux fusionné',
    );

    body = HOSTILE;
    await until(server, () => count(server, `${REFUSED} (mêmes problèmes)`) > 0, 'deux refus');
    const refused = server.logs.find((l) => l.msg === REFUSED);
    expect(refused?.examples?.[0]?.reason).toMatch(/^JSON trop imbriqué : plus de 20 niveaux/);
    expect(count(server, REFUSED)).toBe(1); // the repeated refusal is not logged again in full
    expect(server.child.exitCode).toBeNull();
    expect(await status(server.port, '/healthz')).toBe(200);
    expect(await status(server.port, '/api/offers/26-0674')).toBe(200); // the last good feed
  }, 90_000);

  it('stays up when restarted with the hostile feed', async () => {
    body = HOSTILE;
    const server = await startServer();
    running = server;
    await until(server, () => count(server, `${REFUSED} (mêmes problèmes)`) > 0, 'deux refus');
    expect(server.child.exitCode).toBeNull();
    expect(await status(server.port, '/healthz')).toBe(200);
    expect(await status(server.port, '/api/offers/26-0674')).toBe(404); // never had a good feed
    expect(await status(server.port, '/api/offers/25-0699')).toBe(200); // the documents serve
  }, 90_000);
});
