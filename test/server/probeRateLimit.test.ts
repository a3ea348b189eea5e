import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant.ts';
import { createApp } from '../../src/server/app.ts';
import { createObservability } from '../../src/server/observability.ts';
import { METRICS_RATE_LIMIT_PER_MINUTE } from '../../src/server/rateLimits.ts';
import { fixedClock } from '../../src/time/clock.ts';

const echo: Assistant = {
  ask: async ({ text }) => ({
    text,
    offers: [],
    suggestions: [],
    quickReplies: [],
    intent: 'echo',
  }),
};
const USER_LIMIT = 5;

/** The app wired as `main.ts` wires it (observability routers, security), listening on 127.0.0.1. */
async function listening(trustProxy: boolean | number = false) {
  const clock = fixedClock('2025-06-05');
  const observability = createObservability({
    config: { adminToken: null, metricsToken: null, logUserText: false, logClientIp: false },
    logger: pino({ level: 'silent' }),
    clock,
    catalogStatus: () => ({
      offers: 3,
      problems: [],
      loadedAt: clock.now().toISOString(),
      lastReloadAt: null,
      reloads: 0,
      reloadErrors: 0,
    }),
    defaultMetrics: false,
  });
  const app = createApp({
    assistant: echo,
    config: { sessionSecret: null, trustProxy, httpRateLimitPerMinute: USER_LIMIT },
    before: observability.before,
    routers: observability.routers,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const ask = (url: string, forwardedFor?: string) => {
  const req = request(url).post('/api/ask').send({ text: 'bonjour' });
  return forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req;
};

describe('health probes and the per-address HTTP limit', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  it('answers /healthz, /readyz and /metrics from an address whose user limit is spent', async () => {
    const app = await listening();
    server = app.server;
    for (let i = 0; i < USER_LIMIT; i += 1) expect((await ask(app.url)).status).toBe(200);
    expect((await ask(app.url)).status).toBe(429);
    for (const path of ['/healthz', '/readyz', '/metrics'])
      for (let i = 0; i < 10; i += 1)
        expect([path, (await request(app.url).get(path)).status]).toEqual([path, 200]);
    expect((await ask(app.url)).status).toBe(429); // probes did not refill the user bucket
    expect((await request(app.url).get('/widget.css')).status).toBe(429); // other routes: user limit
  });

  it('polls /healthz and /readyz without limit, keeps a bucket of its own on /metrics', async () => {
    const app = await listening();
    server = app.server;
    for (let i = 0; i < METRICS_RATE_LIMIT_PER_MINUTE; i += 1)
      expect((await request(app.url).get('/metrics')).status).toBe(200);
    expect((await request(app.url).get('/metrics')).status).toBe(429);
    for (let i = 0; i < 2 * METRICS_RATE_LIMIT_PER_MINUTE; i += 1)
      expect((await request(app.url).get(i % 2 ? '/healthz' : '/readyz')).status).toBe(200);
    expect((await ask(app.url)).status).toBe(200); // and the probes did not spend the users' budget
  });
});

/** [first client, second client, same HTTP bucket?], as the WebSocket gate groups them. */
const GROUPS: Array<[string, string, boolean]> = [
  ['2001:db8:1234:5600::1', '2001:db8:1234:56ff::9', true],
  ['2001:db8:1234:5600::1', '2001:db8:1234:5700::1', false],
  ['203.0.113.7', '::ffff:203.0.113.7', true],
  ['203.0.113.7', '203.0.113.8', false],
];

describe('HTTP limit keys', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  it.each(GROUPS)('%s then %s share a bucket: %s', async (first, second, same) => {
    const app = await listening(1);
    server = app.server;
    for (let i = 0; i < USER_LIMIT; i += 1) expect((await ask(app.url, first)).status).toBe(200);
    expect((await ask(app.url, second)).status).toBe(same ? 429 : 200);
  });
});
