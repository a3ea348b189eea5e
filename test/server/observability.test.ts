import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { observedApp, type Harness } from './observabilityHarness.ts';

let h: Harness;

beforeAll(async () => {
  h = await observedApp();
});

describe('health and readiness', () => {
  it('/healthz answers while the process serves', async () => {
    const res = await request(h.app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('/readyz says ready with the catalog size once it is loaded', async () => {
    const res = await request(h.app).get('/readyz').expect(200);
    expect(res.body).toMatchObject({
      ready: true,
      catalog: { loaded: true, offers: 5 },
      recognizer: 'unknown',
    });
  });

  it('/readyz is 503 until the catalog is loaded', async () => {
    const loading = await observedApp({ catalogStatus: () => null });
    const res = await request(loading.app).get('/readyz').expect(503);
    expect(res.body).toMatchObject({
      ready: false,
      reason: 'catalogue en cours de chargement',
      catalog: { loaded: false, offers: 0 },
    });
  });

  it('/readyz is ready while the recognizer warms, and says so', async () => {
    let state: 'cold' | 'warming' | 'warm' = 'warming';
    const warming = await observedApp({ recognizerStatus: () => state });
    const res = await request(warming.app).get('/readyz').expect(200);
    expect(res.body).toMatchObject({ ready: true, recognizer: 'warming' });
    expect(res.body.note).toMatch(/arrière-plan/);
    state = 'warm';
    const warm = await request(warming.app).get('/readyz').expect(200);
    expect(warm.body).toMatchObject({ ready: true, recognizer: 'warm' });
    expect(warm.body.note).toBeUndefined();
  });

  it('/readyz is ready while the web channel loads, and says so', async () => {
    let state: 'loading' | 'ready' | 'failed' = 'loading';
    const loading = await observedApp({ webChannelStatus: () => state });
    const res = await request(loading.app).get('/readyz').expect(200);
    expect(res.body).toMatchObject({ ready: true, webChannel: 'loading' });
    expect(res.body.note).toMatch(/WebSocket/);
    state = 'ready';
    const ready = await request(loading.app).get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ ready: true, webChannel: 'ready' });
    expect(ready.body.note).toBeUndefined();
  });
});

describe('/metrics', () => {
  it('serves the turn, fallback, catalog and event-loop metrics with their labels', async () => {
    await request(h.app)
      .post('/api/ask')
      .send({ text: 'quels postes sont ouverts à Nouméa ?' })
      .expect(200);
    await request(h.app).post('/api/ask').send({ text: 'xqzw kvvj' }).expect(200);
    const res = await request(h.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(
      /^avp_turn_duration_seconds_bucket\{le="0\.1",channel="rest",intent="offers\.list"\} \d+$/m,
    );
    expect(text).toMatch(
      /^avp_turn_duration_seconds_count\{channel="rest",intent="fallback"\} 1$/m,
    );
    expect(text).toMatch(/^avp_fallbacks_total\{channel="rest"\} 1$/m);
    expect(text).toMatch(/^avp_catalog_offers 5$/m);
    expect(text).toMatch(/^avp_catalog_age_seconds 0$/m); // the pinned clock has not moved since the load
    expect(text).toMatch(/^avp_catalog_reloads_total 2$/m);
    expect(text).toMatch(/^avp_catalog_reload_errors_total 1$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('keeps each app on its own registry', async () => {
    const other = await observedApp();
    const res = await request(other.app).get('/metrics').expect(200);
    expect(res.text).not.toMatch(/^avp_fallbacks_total\{/m);
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const guarded = await observedApp({ metricsToken: 'metrics-token-0123456789' });
    await request(guarded.app).get('/metrics').expect(401);
    await request(guarded.app)
      .get('/metrics')
      .set('Authorization', 'Bearer wrong-token-0123456789')
      .expect(401);
    await request(guarded.app)
      .get('/metrics')
      .set('Authorization', 'Bearer metrics-token-0123456789')
      .expect(200);
  });
});

describe('logs', () => {
  it('honours a well-formed X-Request-Id, replaces a bad one, and echoes it', async () => {
    const kept = await request(h.app)
      .get('/healthz')
      .set('X-Request-Id', 'lb-1234abcd')
      .expect(200);
    expect(kept.headers['x-request-id']).toBe('lb-1234abcd');
    const replaced = await request(h.app)
      .get('/healthz')
      .set('X-Request-Id', 'bad id <script>')
      .expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs each turn with request and conversation ids, without the text, the IP or headers', async () => {
    const secret = 'mon email est jean.dupont@mail.nc';
    const res = await request(h.app)
      .post('/api/ask')
      .set('X-Request-Id', 'req-turn-0001')
      .set('Cookie', 'sid=s3cr3t')
      .send({ text: secret })
      .expect(200);
    const turn = h.logs.find((l) => l.msg === 'tour' && l.reqId === 'req-turn-0001');
    expect(turn).toMatchObject({
      channel: 'rest',
      intent: res.body.intent,
      conversation: `rest:${String(res.body.conversation).split('.')[0]}`,
    });
    expect(turn).not.toHaveProperty('text');
    const access = h.logs.find(
      (l) => (l.req as { id?: string } | undefined)?.id === 'req-turn-0001',
    );
    expect(access).toMatchObject({
      req: { method: 'POST', path: '/api/ask' },
      res: { statusCode: 200 },
    });
    const all = JSON.stringify(h.logs);
    expect(all).not.toContain('jean.dupont');
    expect(all).not.toContain('s3cr3t');
    expect(all).not.toMatch(/127\.0\.0\.1|::ffff|remoteAddress/);
  });

  it('puts the text in turn logs and the IP in request logs only when configured', async () => {
    const verbose = await observedApp({ logUserText: true, logClientIp: true });
    await request(verbose.app)
      .post('/api/ask')
      .set('X-Request-Id', 'req-verbose-01')
      .send({ text: 'bonjour' })
      .expect(200);
    expect(verbose.logs.find((l) => l.msg === 'tour')).toMatchObject({
      text: 'bonjour',
      reqId: 'req-verbose-01',
    });
    expect(verbose.logs.find((l) => l.req !== undefined)?.req).toHaveProperty('ip');
  });

  it('does not log probes and scrapes', async () => {
    const before = h.logs.length;
    await request(h.app).get('/readyz').expect(200);
    await request(h.app).get('/metrics').expect(200);
    expect(h.logs.length).toBe(before);
  });
});
