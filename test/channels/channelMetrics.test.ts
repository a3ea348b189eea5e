import { Writable } from 'node:stream';
import type { Express } from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelRouters } from '../../src/channels/channels.ts';
import { AnswersInFlight } from '../../src/channels/messaging/answersInFlight.ts';
import { slackSignature } from '../../src/channels/slack/verifySignature.ts';
import { webexSignature } from '../../src/channels/webex/verifySignature.ts';
import { createAssistant } from '../../src/createAssistant.ts';
import { createApp } from '../../src/server/app.ts';
import { createObservability } from '../../src/server/observability.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { loadConfig } from '../../src/server/config.ts';
import { startFakeApi, type Recorded } from './slack/fakeApi.ts';

const SLACK_SECRET = 'slack-signing-secret-for-tests';
const WEBEX_SECRET = 'webex-webhook-secret-for-tests';

let slackApi: Awaited<ReturnType<typeof startFakeApi>>;
let webexApi: Awaited<ReturnType<typeof startFakeApi>>;
let app: Express;
let answers: AnswersInFlight;
/** Every JSON line logged. */
const logs: Array<Record<string, unknown>> = [];

/** The Webex stand-in: one stored message, and replies accepted. */
function webexResponder(req: Recorded) {
  if (req.method === 'GET' && req.path === '/v1/messages/M1')
    return { body: { id: 'M1', roomId: 'R1', personId: 'P1', text: 'xqzw kvvj' } };
  if (req.method === 'POST' && req.path === '/v1/messages') return { body: { id: 'M-reply' } };
  return { status: 404, body: {} };
}

beforeAll(async () => {
  slackApi = await startFakeApi(() => ({ body: { ok: true, ts: '1.2', channel: 'D1' } }));
  webexApi = await startFakeApi(webexResponder);
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const clock = fixedClock('2025-06-05');
  const observability = createObservability({
    config: { adminToken: null, metricsToken: null, logUserText: false, logClientIp: false },
    logger,
    clock,
    catalogStatus: () => null,
    defaultMetrics: false,
  });
  const assistant = await createAssistant({
    dataDir: 'data/offers',
    clock,
    onTurn: observability.onTurn,
  });
  // The server's configuration and routes, as main.ts builds them, the APIs on loopback.
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: `${slackApi.url}/api/`,
    WEBEX_ACCESS_TOKEN: 'webex-access-token-for-tests',
    WEBEX_WEBHOOK_SECRET: WEBEX_SECRET,
    WEBEX_API_URL: `${webexApi.url}/v1`,
  });
  answers = new AnswersInFlight(logger);
  app = createApp({
    assistant,
    config,
    before: observability.before,
    routers: [
      ...observability.routers,
      ...channelRouters(config.channels, {
        assistant,
        logger,
        clock,
        catalog: () => assistant.catalog(),
        answers,
      }),
    ],
  });
});
afterAll(async () => {
  await slackApi.close();
  await webexApi.close();
});

/** A signed Slack direct message (signed now: the route checks the real time). */
function slackEvent(text: string) {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts: '1.1' },
    event_id: 'Ev1',
  });
  const ts = String(Math.floor(Date.now() / 1000));
  return {
    body,
    headers: {
      'x-slack-request-timestamp': ts,
      'x-slack-signature': slackSignature(SLACK_SECRET, ts, Buffer.from(body)),
    },
  };
}

/** A signed Webex `messages`/`created` notification of M1. */
function webexEvent() {
  const body = JSON.stringify({
    id: 'W1',
    resource: 'messages',
    event: 'created',
    data: { id: 'M1', roomId: 'R1', personId: 'P1', personEmail: 'alice@example.nc' },
  });
  return {
    body,
    headers: { 'x-spark-signature': webexSignature(WEBEX_SECRET, Buffer.from(body)) },
  };
}

const post = (path: string, event: { body: string; headers: Record<string, string> }) =>
  request(app)
    .post(path)
    .set('content-type', 'application/json')
    .set(event.headers)
    .send(event.body)
    .expect(200);

describe('the channel of messaging turns in /metrics', () => {
  it('is each turn\'s channel, never "unknown"', async () => {
    await post('/slack/events', slackEvent('xqzw kvvj'));
    await post('/webex/events', webexEvent());
    await answers.settled();
    expect(slackApi.requests.map((r) => r.path)).toEqual(['/api/chat.postMessage']);
    expect(webexApi.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/messages/M1',
      'POST /v1/messages',
    ]);
    const metrics = (await request(app).get('/metrics').expect(200)).text;
    const cases: Array<[string, boolean]> = [
      ['avp_turn_duration_seconds_count{channel="slack",intent="fallback"} 1', true],
      ['avp_turn_duration_seconds_count{channel="webex",intent="fallback"} 1', true],
      ['avp_fallbacks_total{channel="slack"} 1', true],
      ['avp_fallbacks_total{channel="webex"} 1', true],
      ['channel="unknown"', false],
    ];
    for (const [line, present] of cases) expect(metrics.includes(line), line).toBe(present);
    // The turn lines and the channels' own lines name the channel too.
    const channelsOf = (msg: string) => logs.filter((l) => l.msg === msg).map((l) => l.channel);
    expect(channelsOf('tour')).toEqual(['slack', 'webex']);
    expect([...channelsOf('slack: answered'), ...channelsOf('webex: answered')]).toEqual([
      'slack',
      'webex',
    ]);
  });
});
