import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

/**
 * Builds the bundle and starts it as `npm start` does (`node dist/main.mjs`, the production path:
 * esbuild's output, Botkit loaded after listening) on a free port; resolves once its "prêt" line
 * gives the port.
 */
async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
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

/** One request through a (keep-alive) agent: its status and its `Connection` header. */
function viaAgent(
  agent: http.Agent,
  port: number,
  path: string,
): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res
          .resume()
          .on('end', () =>
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
          );
      })
      .on('error', reject);
  });
}

/** A POST /api/ask whose headers and first bytes are sent now, the rest on `finish()`. */
function holdRequest(port: number): { response: Promise<string>; finish(): void } {
  const body = Buffer.from(JSON.stringify({ text: 'quels postes sont ouverts à Nouméa ?' }));
  const socket = net.connect(port, '127.0.0.1');
  let response = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (response += chunk));
  socket.write(
    `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  socket.write(body.subarray(0, 10));
  return {
    response: new Promise((resolve) => socket.once('close', () => resolve(response))),
    finish: () => void socket.end(body.subarray(10)),
  };
}

/**
 * A POST /api/ask announcing a 1,000-byte body and sending it one byte a second: resolves with
 * what the server answered once it closed the connection.
 */
function drip(port: number): { response: Promise<string>; bytesSent(): number } {
  const socket = net.connect(port, '127.0.0.1');
  let response = '';
  let sent = 0;
  socket.setEncoding('utf8').on('data', (chunk: string) => (response += chunk));
  socket.on('error', () => {}); // the server may reset it once it answered
  socket.write(
    `POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
  );
  const timer = setInterval(() => {
    if (socket.writable) socket.write(' ', () => (sent += 1));
  }, 1000);
  return {
    response: new Promise((resolve) =>
      socket.once('close', () => {
        clearInterval(timer);
        resolve(response);
      }),
    ),
    bytesSent: () => sent,
  };
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

  it('closes idle keep-alive connections cleanly: coming back, they are told 503 with Connection: close, or refused on a new connection (ECONNREFUSED), never reset', async () => {
    server = await startServer({ BOT_NOW: '2025-06-05', SHUTDOWN_GRACE_MS: '10000' });
    const { child, port, exited } = server;
    const CLIENTS = 8;
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    // Every client gets its own kept-alive connection, then waits, idle, in the agent's pool.
    const first = await Promise.all(
      Array.from({ length: CLIENTS }, () => viaAgent(agent, port, '/healthz')),
    );
    expect(first.map((r) => r.status)).toEqual(Array(CLIENTS).fill(200));
    expect(first.every((r) => r.connection !== 'close')).toBe(true);
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(CLIENTS);

    // Work in flight keeps the server draining while the idle clients come back.
    const held = holdRequest(port);
    await until(
      async () => /^avp_http_requests_in_flight 2$/m.test((await get(port, '/metrics')).body),
      'la requête lente en cours',
    );
    child.kill('SIGTERM');
    // Each client comes back right away, then every few milliseconds, until it is refused.
    const outcomes = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const seen: string[] = [];
        while (seen.at(-1) !== 'ECONNREFUSED' && seen.length < 1000) {
          seen.push(
            await viaAgent(agent, port, '/healthz').then(
              (r) => `${r.status} ${r.connection}`,
              (err: NodeJS.ErrnoException) => err.code ?? String(err),
            ),
          );
          await new Promise((resolve) => setTimeout(resolve, 5 + client * 3));
        }
        return seen;
      }),
    );
    const all = outcomes.flat();
    expect(all.filter((o) => !['200 keep-alive', '503 close', 'ECONNREFUSED'].includes(o))).toEqual(
      [],
    );
    expect(all).toContain('503 close'); // kept-alive connections were answered while draining
    expect(child.exitCode).toBeNull(); // still draining

    held.finish();
    expect(await held.response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(await exited).toBe(0);
    agent.destroy();
  }, 60_000);

  it('cuts a body dripped one byte a second at HTTP_REQUEST_TIMEOUT_MS (408), in service and during shutdown, and exits long before the grace', async () => {
    const requestTimeoutMs = 2_000;
    const graceMs = 30_000;
    server = await startServer({
      BOT_NOW: '2025-06-05',
      SHUTDOWN_GRACE_MS: String(graceMs),
      HTTP_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
      HTTP_HEADERS_TIMEOUT_MS: String(requestTimeoutMs),
    });
    const { child, port, exited } = server;

    // In service: the dripping client is answered 408 and its connection closed; others are served.
    const inService = drip(port);
    expect(await inService.response).toMatch(/^HTTP\/1\.1 408 [\s\S]*^Connection: close/m);
    expect(inService.bytesSent()).toBeLessThan(20); // cut early, not when its body ended
    expect((await get(port, '/healthz')).status).toBe(200);

    // During shutdown: a client dripping since before SIGTERM does not hold the process.
    const during = drip(port);
    await until(
      async () => /^avp_http_requests_in_flight 2$/m.test((await get(port, '/metrics')).body),
      'le corps goutte à goutte en cours',
    );
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    expect(await during.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(await exited).toBe(0);
    // Bounded by its own request timeout, not the grace (10x margin for a loaded machine).
    expect(Date.now() - signalledAt).toBeLessThan(Math.min(graceMs, 10 * requestTimeoutMs));
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
