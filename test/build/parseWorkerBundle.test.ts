import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseReply, ParseRequest } from '../../src/offers/parseWire.ts';

/**
 * The parse worker as `npm start` runs it: a second entry of the esbuild bundle
 * (`dist/parseWorker.mjs`), found by the server through `src/runtime.ts`. The server is a real
 * process on the production bundle; hostile documents (a real offer followed by a 500 KB run)
 * sit in its data folder at start-up and arrive while it serves. /healthz must keep answering
 * within a generous bound (it answers in milliseconds; the old parser froze the event loop for
 * minutes on such a document), and /api/status must name each document and why it is refused.
 */
const SEED = readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8');
const HEALTH_BOUND_MS = 2_000;
const hostile = (run: string) => `${SEED}${run.repeat(500_000 / run.length)} fin`;

let dataDir: string;
let child: ChildProcess | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'avp-hostile-'));
  cpSync('data/offers', dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'espaces.md'), hostile(' '));
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET on a fresh connection; rejects when no answer comes within `timeoutMs`. */
function get(
  port: number,
  path: string,
  timeoutMs: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    request.setTimeout(timeoutMs, () => {
      request.destroy();
      reject(new Error(`pas de réponse à ${path} en ${timeoutMs} ms`));
    });
    request.on('error', reject);
  });
}

interface Status {
  offers: number;
  problems: Array<{ path: string; reason: string }>;
}
const status = async (port: number) =>
  JSON.parse((await get(port, '/api/status', HEALTH_BOUND_MS)).body) as Status;

describe('the parse worker in the production bundle', () => {
  it('answers a batch from dist/parseWorker.mjs', async () => {
    const progress = new SharedArrayBuffer(8);
    const worker = new Worker(resolve('dist/parseWorker.mjs'), { workerData: { progress } });
    try {
      const request: ParseRequest = {
        id: 7,
        documents: [
          { source: 'offre.txt', bytes: Buffer.from(SEED) },
          { source: 'espaces.md', bytes: Buffer.from(hostile(' ')) },
        ],
      };
      worker.postMessage(request);
      const [reply] = (await once(worker, 'message')) as [ParseReply];
      expect(reply.id).toBe(7);
      expect(reply.outcomes).toEqual([
        expect.objectContaining({
          ok: true,
          fields: expect.objectContaining({ reference: '3134-25-0833/SR' }),
        }),
        expect.objectContaining({ ok: false, reason: expect.stringMatching(/presque vide/) }),
      ]);
      expect([...new Int32Array(progress)]).toEqual([2, 2]); // started, finished
    } finally {
      await worker.terminate();
    }
  });

  it('keeps answering /healthz while hostile documents are parsed, and shows them refused in /api/status', async () => {
    const server = spawn(process.execPath, ['dist/main.mjs'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATA_DIR: dataDir,
        WATCH_DATA: 'true',
        BOT_NOW: '2025-06-10',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = server;
    const lines = createInterface({ input: server.stdout! });
    const port = await new Promise<number>((resolve, reject) => {
      server.once('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
      lines.on('line', (line) => {
        const log = JSON.parse(line) as { port?: number; msg?: string };
        if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
      });
    });

    const atStart = await status(port);
    expect(atStart.offers).toBe(5);
    expect(atStart.problems).toEqual([
      {
        path: 'espaces.md',
        reason: expect.stringMatching(/^document presque vide/),
        since: expect.any(String),
        servingPrevious: false,
      },
    ]);

    // A second hostile document arrives while the server serves (renamed in whole: no half-written read).
    writeFileSync(join(dataDir, '.crochets.tmp'), hostile('['));
    renameSync(join(dataDir, '.crochets.tmp'), join(dataDir, 'crochets.md'));
    let answered = 0;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const health = await get(port, '/healthz', HEALTH_BOUND_MS);
      expect(health.status).toBe(200);
      answered += 1;
      const problems = (await status(port)).problems;
      if (problems.some((p) => p.path === 'crochets.md')) break;
      if (Date.now() > deadline) throw new Error('crochets.md jamais refusé');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(answered).toBeGreaterThan(1);
    const after = await status(port);
    expect(after.offers).toBe(5);
    expect(after.problems.find((p) => p.path === 'crochets.md')?.reason).toMatch(
      /^document presque vide/,
    );

    server.kill('SIGTERM');
    expect((await once(server, 'exit'))[0]).toBe(0);
  }, 120_000);
});
