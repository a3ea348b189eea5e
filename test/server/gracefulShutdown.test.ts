import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

let built = false;
function build(): void {
  if (!built)
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

/**
 * Builds the bundle and starts it as `npm start` does (`node dist/main.mjs`, the production path:
 * esbuild's output, Botkit loaded after listening) on a free port; resolves once its "prêt" line
 * gives the port.
 */
async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  build();
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WATCH_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
    lines.on('line', (line) => {
      const log = JSON.parse(line) as { port?: number; msg?: string };
      if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
    });
  });
  return { child, port, exited };
}

/** GET on a fresh connection (no keep-alive pool to muddle "new connections are refused"). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (chunk: string) => (body += chunk))
          .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Resolves with the error code of a plain TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

async function until(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`jamais vu : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let server: Awaited<ReturnType<typeof startServer>> | undefined;

afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('graceful shutdown on SIGTERM (real process, built as npm start runs it)', () => {
  it('builds files Node can parse, every chunk included (the banner clashes with no module)', () => {
    build();
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.mjs'),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      execFileSync(process.execPath, ['--check', join('dist', file)]);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour escapes
      expect(readFileSync(join('dist', file), 'utf8')).toMatch(/^[\x00-\x7f]*$/); // V8 keeps it one byte per character
    }
  });

  it('finishes the request in flight, refuses new connections, closes WebSockets with 1001, exits 0', async () => {
    server = await startServer({ BOT_NOW: '2025-06-05', SHUTDOWN_GRACE_MS: '10000' });
    const { child, port, exited } = server;

    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    const closeCode = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await new Promise((resolve, reject) => ws.once('message', resolve).once('error', reject)); // the welcome frame

    // A request in flight: headers and half the body now, the rest after SIGTERM.
    const body = Buffer.from(JSON.stringify({ text: 'quels postes sont ouverts à Nouméa ?' }));
    const slow = net.connect(port, '127.0.0.1');
    let response = '';
    slow.setEncoding('utf8').on('data', (chunk: string) => (response += chunk));
    const responded = new Promise<void>((resolve) => slow.once('end', () => resolve()));
    slow.write(
      `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    slow.write(body.subarray(0, 10));
    await until(
      async () => /^avp_http_requests_in_flight 2$/m.test((await get(port, '/metrics')).body),
      'la requête lente en cours', // itself and the scrape
    );

    child.kill('SIGTERM');
    await until(async () => (await tryConnect(port)) === 'ECONNREFUSED', 'connexions refusées');
    expect(child.exitCode).toBeNull(); // still finishing the request in flight

    slow.end(body.subarray(10));
    await responded;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toMatch(/^Connection: close/im);
    expect(response).toContain('3134-25-0699/SR');

    expect(await closeCode).toBe(1001);
    expect(await exited).toBe(0);
  }, 60_000);

  it('runs the date recognizer from its bundled worker when asked, reports it in /readyz, and still exits 0', async () => {
    server = await startServer({
      BOT_NOW: '2025-06-05',
      DATE_RECOGNIZER: 'worker',
      DATE_RECOGNIZER_BUDGET_MS: '2000',
    });
    const { child, port, exited } = server;
    const states = new Set<string>();
    await until(
      async () => {
        const state = (JSON.parse((await get(port, '/readyz')).body) as { recognizer: string })
          .recognizer;
        states.add(state);
        return state === 'warm';
      },
      'le module de dates chaud',
      45_000,
    );
    expect([...states].every((s) => s === 'warming' || s === 'warm')).toBe(true);
    const answer = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'les offres qui ferment le 2025/06/30' }), // a form only the recognizer reads
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { text: string }).text).toContain('clôture le 30/06/2025'); // its date was used
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
