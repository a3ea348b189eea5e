import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Frame } from '../channels/web/harness.ts';

/** The environment of the test runner without any session secret or mode of its own. */
function baseEnv(): NodeJS.ProcessEnv {
  const { SESSION_SECRET: _s, NODE_ENV: _n, PARSE_CACHE_FILE: _p, ...env } = process.env;
  return env;
}

interface Server {
  child: ChildProcess;
  port: number;
}

/** Starts the production bundle (`node dist/main.mjs`) and waits for its "prêt" line. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    env: { ...baseEnv(), PORT: '0', HOST: '127.0.0.1', WATCH_DATA: 'false', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const log = JSON.parse(line) as { port?: number; msg?: string };
      if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
    });
  });
  return { child, port };
}

async function stopServer({ child }: Server): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** The process's exit code and its stderr, for a start expected to be refused. */
function refusedStart(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    env: { ...baseEnv(), PORT: '0', HOST: '127.0.0.1', WATCH_DATA: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGTERM'), 20_000); // a start that was not refused
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

async function askRest(
  port: number,
  body: object,
): Promise<{ conversation: string; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as never;
}

/** Opens the widget's socket with `token`; its session frame, and whether a welcome followed. */
async function openWidget(
  port: number,
  token?: string,
): Promise<{ session: Frame; welcome: boolean }> {
  const { client, session } = await connect(`ws://127.0.0.1:${port}/ws`, token ? { token } : {});
  const welcome = !session.resumed && !session.renewed; // `connect` read the welcome then
  client.close();
  return { session, welcome };
}

const cacheDirs: string[] = [];
async function cacheDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'avp-restart-'));
  cacheDirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(cacheDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('a restart without SESSION_SECRET (real server processes)', () => {
  let dir: string;
  let webToken: string;
  let restToken: string;

  beforeAll(async () => {
    dir = await cacheDir();
    const first = await startServer({ PARSE_CACHE_FILE: join(dir, 'offers-parse.bin') });
    try {
      const { session, welcome } = await openWidget(first.port);
      expect(session).toMatchObject({ resumed: false, renewed: false });
      expect(welcome).toBe(true);
      webToken = session.token ?? '';
      restToken = (await askRest(first.port, { text: 'bonjour' })).conversation;
    } finally {
      await stopServer(first);
    }
  }, 60_000);

  it('keeps the generated secret in the cache folder, readable by its owner only', async () => {
    const mode = (await stat(join(dir, 'session-secret'))).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('knows the tokens it issued before the restart (same cache folder)', async () => {
    const second = await startServer({ PARSE_CACHE_FILE: join(dir, 'offers-parse.bin') });
    try {
      const { session, welcome } = await openWidget(second.port, webToken);
      expect(session).toMatchObject({ resumed: true, renewed: false, token: webToken });
      expect(welcome).toBe(false);
      expect(
        (await askRest(second.port, { conversation: restToken, text: 'aide' })).conversation,
      ).toBe(restToken);
    } finally {
      await stopServer(second);
    }
  }, 60_000);

  it('on another cache folder: a fresh token, the client told it was renewed, no welcome', async () => {
    const other = await startServer({ PARSE_CACHE_FILE: join(await cacheDir(), 'p.bin') });
    try {
      const { session, welcome } = await openWidget(other.port, webToken);
      expect(session).toMatchObject({ resumed: false, renewed: true });
      expect(session.token).not.toBe(webToken);
      expect(welcome).toBe(false);
    } finally {
      await stopServer(other);
    }
  }, 60_000);
});

describe('a start in production', () => {
  it('is refused without SESSION_SECRET: one French line, a non-zero exit, no secret written', async () => {
    const dir = await cacheDir();
    const { code, stderr } = await refusedStart({
      NODE_ENV: 'production',
      PARSE_CACHE_FILE: join(dir, 'p.bin'),
    });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/SESSION_SECRET/);
    await expect(stat(join(dir, 'session-secret'))).rejects.toThrow(/ENOENT/);
  }, 30_000);

  it('goes on with SESSION_SECRET set, writing no secret file', async () => {
    const dir = await cacheDir();
    const server = await startServer({
      NODE_ENV: 'production',
      SESSION_SECRET: 'un secret de production de plus de 32 caractères',
      PARSE_CACHE_FILE: join(dir, 'p.bin'),
    });
    await stopServer(server);
    await expect(stat(join(dir, 'session-secret'))).rejects.toThrow(/ENOENT/);
  }, 30_000);
});
