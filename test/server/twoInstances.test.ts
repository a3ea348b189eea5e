import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisServer } from '../redisServer.ts';

interface Instance {
  process: ChildProcess;
  url: string;
}

/** Starts a real server process (`tsx src/server/main.ts`) and waits for its "prêt" log line. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
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
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
    lines.on('line', (line) => {
      const log = JSON.parse(line) as { port?: number; msg?: string };
      if (log.msg?.startsWith('prêt') && log.port) resolve(log.port);
    });
  });
  return { process: child, url: `http://127.0.0.1:${port}` };
}

async function ask(
  instance: Instance,
  body: object,
): Promise<{ conversation: string; text: string; offers: Array<{ reference: string }> }> {
  const res = await fetch(`${instance.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json() as never;
}

let redis: RedisServer;
const instances: Instance[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  const env = {
    REDIS_URL: redis.url,
    SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters!',
    BOT_NOW: '2025-07-10',
  };
  instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
}, 60_000);

/** Stops a server process and waits for it to exit (its pipes would otherwise keep the test runner alive). */
async function stopInstance({ process: child }: Instance): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

afterAll(async () => {
  await Promise.all(instances.map(stopInstance));
  await redis.stop();
}, 30_000);

describe('two server processes sharing one Redis', () => {
  it('continue one conversation across both', async () => {
    const [a, b] = instances as [Instance, Instance];
    const first = await ask(a, {
      text: 'quelle est la date limite pour le poste de travailleur social ?',
    });
    expect(first.offers.map((o) => o.reference)).toEqual(['3134-25-0977/SR']);
    const second = await ask(b, {
      conversation: first.conversation,
      text: 'et la durée de résidence ?',
    });
    expect(second.offers.map((o) => o.reference)).toEqual(['3134-25-0977/SR']);
    expect(second.text).toContain('5 ans');
  });

  it('answers without context while Redis is down, and recovers its memory of new turns after', async () => {
    const [a, b] = instances as [Instance, Instance];
    await redis.stop();
    const during = await ask(a, {
      text: 'quelle est la date limite pour le poste de travailleur social ?',
    });
    expect(during.offers.map((o) => o.reference)).toEqual(['3134-25-0977/SR']);
    await redis.resume();
    let first = await ask(a, { text: 'date limite de 3134-25-0977/SR' });
    let second = await ask(b, {
      conversation: first.conversation,
      text: 'et la durée de résidence ?',
    });
    for (let i = 0; i < 40 && second.offers.length === 0; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      first = await ask(a, { text: 'date limite de 3134-25-0977/SR' });
      second = await ask(b, {
        conversation: first.conversation,
        text: 'et la durée de résidence ?',
      });
    }
    expect(second.offers.map((o) => o.reference)).toEqual(['3134-25-0977/SR']);
  });
});
