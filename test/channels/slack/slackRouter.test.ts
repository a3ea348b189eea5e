import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { AnswersInFlight } from '../../../src/channels/messaging/answersInFlight.ts';
import {
  memoryReplayGuard,
  REPLAY_WINDOW,
  sharedReplayGuard,
} from '../../../src/channels/messaging/replayGuard.ts';
import { BoundedMemoryStorage } from '../../../src/dialog/state/boundedMemoryStorage.ts';
import { slackRouter } from '../../../src/channels/slack/slackRouter.ts';
import { slackWebApiSender } from '../../../src/channels/slack/slackSender.ts';
import { slackSignature } from '../../../src/channels/slack/verifySignature.ts';
import { createApp } from '../../../src/server/app.ts';
import { Drain } from '../../../src/server/shutdown.ts';
import { fixedClock, type Clock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';
import { recordingLogger, startFakeApi } from './fakeApi.ts';

const SECRET = 'slack-signing-secret-for-tests';
/** The bot's business clock, pinned as `BOT_NOW=2025-06-05` pins it. */
const clock = fixedClock('2025-06-05');
/** The real time, for the signature window: months after the pinned day. */
const wallClock = fixedClock('2026-02-10T08:00:00Z');
const nowSeconds = () => Math.floor(wallClock.now().getTime() / 1000);
const OK = { ok: true, ts: '1.2', channel: 'D1' };

let api: Awaited<ReturnType<typeof startFakeApi>>;
let assistant: Assistant;
let logger: ReturnType<typeof recordingLogger>;
/** The answers the routes run after acknowledging; tests wait for them with `settled()`. */
let answers: AnswersInFlight;

function appWith(
  options: {
    assistant?: Assistant;
    wallClock?: Clock;
    replays?: ReturnType<typeof memoryReplayGuard>;
    answers?: AnswersInFlight;
    timeoutMs?: number;
    before?: Parameters<typeof createApp>[0]['before'];
  } = {},
): Express {
  const sender = slackWebApiSender({
    botToken: 'xoxb-test',
    apiBaseUrl: `${api.url}/api/`,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const deps = {
    assistant: options.assistant ?? assistant,
    wallClock: options.wallClock ?? wallClock,
    answers: options.answers ?? answers,
    ...(options.replays === undefined ? {} : { replays: options.replays }),
    logger,
    settings: { signingSecret: SECRET, sender },
  };
  return createApp({
    assistant,
    config: { sessionSecret: null, trustProxy: false },
    before: options.before ?? [],
    routers: [slackRouter(deps)],
  });
}

/** The signature headers of `body` sent at `seconds` (Unix time; the wall clock's by default). */
function signedAt(body: string | Buffer, seconds = nowSeconds()): Record<string, string> {
  const ts = String(seconds);
  return {
    'x-slack-request-timestamp': ts,
    'x-slack-signature': slackSignature(SECRET, ts, Buffer.from(body)),
  };
}

/**
 * Posts `body` to /slack/events, signed unless `headers` replace the signature
 * headers, then waits for the answers started meanwhile.
 */
async function post(app: Express, body: string | Buffer, headers?: Record<string, string>) {
  const res = await request(app)
    .post('/slack/events')
    .set('content-type', 'application/json')
    .set(headers ?? signedAt(body))
    .send(body);
  await answers.settled();
  return res;
}

let userCount = 0;
function dm(text: string, extra: Record<string, unknown> = {}) {
  userCount += 1;
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event: {
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: `U${userCount}`,
      text,
      ts: '1717.1',
      ...extra,
    },
    event_id: `Ev${userCount}`,
  });
}

const posted = () =>
  api.requests
    .filter((r) => r.path === '/api/chat.postMessage')
    .map(
      (r) => r.body as { channel: string; text: string; thread_ts?: string; blocks?: unknown[] },
    );

beforeAll(async () => {
  api = await startFakeApi(() => ({ body: OK }));
  assistant = await seedAssistant('2025-06-05');
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.setResponder(() => ({ body: OK }));
  logger = recordingLogger();
  answers = new AnswersInFlight(logger);
});

/** The valid request that must succeed after each refused one: the process keeps serving. */
async function expectServing(app: Express) {
  api.requests.length = 0;
  const res = await post(app, dm('quels postes sont ouverts à Nouméa ?'));
  expect(res.status).toBe(200);
  expect(posted()).toHaveLength(1);
  expect(posted()[0]?.text).toContain('3134-25-0699/SR');
}

describe('POST /slack/events', () => {
  const ts = () => String(nowSeconds());
  const body = dm('bonjour');
  const good = () => slackSignature(SECRET, ts(), Buffer.from(body));
  const BAD: Array<{
    name: string;
    body: string | Buffer;
    headers?: () => Record<string, string>;
    status: number;
  }> = [
    { name: 'no signature headers', body, headers: () => ({}), status: 401 },
    {
      name: 'a signature without timestamp',
      body,
      headers: () => ({ 'x-slack-signature': good() }),
      status: 401,
    },
    {
      name: 'a short signature',
      body,
      headers: () => ({ 'x-slack-request-timestamp': ts(), 'x-slack-signature': 'v0=abc' }),
      status: 401,
    },
    {
      name: 'a wrong signature',
      body,
      headers: () => ({
        'x-slack-request-timestamp': ts(),
        'x-slack-signature': `v0=${'0'.repeat(64)}`,
      }),
      status: 401,
    },
    {
      name: 'the signature of another body',
      body,
      headers: () => ({
        'x-slack-request-timestamp': ts(),
        'x-slack-signature': slackSignature(SECRET, ts(), Buffer.from('{}')),
      }),
      status: 401,
    },
    {
      name: 'a signature with another secret',
      body,
      headers: () => ({
        'x-slack-request-timestamp': ts(),
        'x-slack-signature': slackSignature('x', ts(), Buffer.from(body)),
      }),
      status: 401,
    },
    {
      name: 'a stale timestamp (6 minutes old, correctly signed)',
      body,
      headers: () => {
        const old = String(nowSeconds() - 360);
        return {
          'x-slack-request-timestamp': old,
          'x-slack-signature': slackSignature(SECRET, old, Buffer.from(body)),
        };
      },
      status: 401,
    },
    { name: 'an empty body (signed)', body: '', status: 400 },
    { name: 'a non-JSON body (signed)', body: 'pas du json', status: 400 },
    { name: 'a truncated JSON body (signed)', body: '{"type": "event_callback"', status: 400 },
    { name: '{} (signed)', body: '{}', status: 400 },
    { name: 'a JSON array (signed)', body: '[1]', status: 400 },
    {
      name: 'an event_callback without event_id (signed)',
      body: JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'bonjour' },
      }),
      status: 400,
    },
    {
      name: 'an event_callback without event (signed)',
      body: '{"type":"event_callback","team_id":"T1"}',
      status: 400,
    },
    { name: 'an oversized body (70 KB)', body: Buffer.alloc(70 * 1024, 'a'), status: 413 },
  ];

  it.each(BAD)(
    'refuses $name with $status, then keeps serving',
    async ({ body: payload, headers, status }) => {
      const app = appWith();
      const res = await post(app, payload, headers?.());
      expect(res.status).toBe(status);
      expect(posted()).toHaveLength(0);
      await expectServing(app);
    },
  );

  it('answers a direct message through the Slack API with the offers', async () => {
    const res = await post(appWith(), dm('quels postes sont ouverts à Nouméa ?'));
    expect(res.status).toBe(200);
    const [call] = api.requests;
    expect(call).toMatchObject({
      method: 'POST',
      path: '/api/chat.postMessage',
      authorization: 'Bearer xoxb-test',
    });
    expect(posted()[0]).toMatchObject({ channel: 'D1' });
    expect(posted()[0]?.text).toContain('3134-25-0699/SR');
  });

  it('answers a mention in its thread, without the mention, and keeps the conversation per team and user', async () => {
    const app = appWith();
    const mention = (text: string) =>
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T9',
        event: {
          type: 'app_mention',
          channel: 'C1',
          user: 'U77',
          text,
          ts: '5.5',
          thread_ts: '5.0',
        },
        event_id: `Ev-${text.length}`,
      });
    await post(app, mention('<@UBOT> date limite pour 3134-25-0699/SR'));
    await post(app, mention('<@UBOT> quel diplôme faut-il ?'));
    expect(posted().map((m) => [m.channel, m.thread_ts])).toEqual([
      ['C1', '5.0'],
      ['C1', '5.0'],
    ]);
    expect(posted()[1]?.text).toContain('ne précise ni diplôme');
  });

  it('renders quick replies as buttons, and a button click is the next message', async () => {
    const app = appWith();
    await post(app, dm('bonjour'));
    const first = posted()[0];
    const buttons =
      (first?.blocks?.[1] as { elements?: Array<{ value: string }> } | undefined)?.elements ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    api.requests.length = 0;
    const click = `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U5' }, team: { id: 'T1' }, channel: { id: 'D1' }, trigger_id: '1.2.abc', actions: [{ value: 'quels postes sont ouverts à Nouméa ?' }] }))}`;
    const res = await post(app, click);
    expect(res.status).toBe(200);
    expect(posted()[0]?.text).toContain('3134-25-0699/SR');
  });

  it('echoes the url_verification challenge, only when signed', async () => {
    const app = appWith();
    const challenge = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'abc123' });
    const res = await post(app, challenge);
    expect(res.status).toBe(200);
    expect(res.text).toBe('abc123');
    expect((await post(app, challenge, {})).status).toBe(401);
  });

  it.each([
    ['a bot message', dm('bonjour', { bot_id: 'B1', subtype: 'bot_message' }), {}],
    ['an edited message', dm('bonjour', { subtype: 'message_changed' }), {}],
    [
      'a channel message without mention',
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        event_id: 'EvC',
        event: {
          type: 'message',
          channel_type: 'channel',
          channel: 'C1',
          user: 'U1',
          text: 'bonjour',
        },
      }),
      {},
    ],
    [
      'another event type',
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        event_id: 'EvR',
        event: { type: 'reaction_added', user: 'U1' },
      }),
      {},
    ],
    ['an app_rate_limited notice', JSON.stringify({ type: 'app_rate_limited', team_id: 'T1' }), {}],
  ])('acknowledges %s without replying', async (_name, payload, extra) => {
    const res = await post(appWith(), payload, { ...signedAt(payload), ...extra });
    expect(res.status).toBe(200);
    expect(api.requests).toHaveLength(0);
  });

  it('logs a failing turn, apologises, answers 200 and keeps serving', async () => {
    const failing: Assistant = {
      ask: async () => {
        throw new Error('boom');
      },
    };
    const res = await post(appWith({ assistant: failing }), dm('bonjour'));
    expect(res.status).toBe(200);
    expect(logger.lines.some((l) => l.level === 'error' && l.msg === 'slack: turn failed')).toBe(
      true,
    );
    expect(posted()[0]?.text).toContain('Désolé');
    await expectServing(appWith());
  });

  it('logs a Slack API refusal (ok: false) and answers 200', async () => {
    api.setResponder(() => ({ body: { ok: false, error: 'channel_not_found' } }));
    const res = await post(appWith(), dm('bonjour'));
    expect(res.status).toBe(200);
    const errors = logger.lines.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.msg)).toEqual(['slack: turn failed', 'slack: apology failed']);
    expect(String((errors[0]?.obj as { err: Error } | undefined)?.err.message)).toContain(
      'channel_not_found',
    );
    api.setResponder(() => ({ body: OK }));
    await expectServing(appWith());
  });

  it('answers 500 and logs when the route itself fails, then keeps serving', async () => {
    const broken: Clock = {
      now: () => {
        throw new Error('clock down');
      },
    };
    const res = await post(appWith({ wallClock: broken }), dm('bonjour'));
    expect(res.status).toBe(500);
    expect(logger.lines.some((l) => l.level === 'error' && l.msg === 'slack: request failed')).toBe(
      true,
    );
    await expectServing(appWith());
  });
});

/**
 * A responder that holds every answer until `release()`, or 10 s (Slack on a
 * slow day) if the test never releases it; it logs each answer in `events`.
 */
function slowResponder(events: string[], name: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    release = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return {
    respond: async () => {
      await released;
      events.push(`${name} answered`);
      return { body: OK };
    },
    release: () => release(),
  };
}

describe('acknowledgement before the answer', () => {
  it('acknowledges at once while the Slack API takes 10 s, and posts the reply afterwards', async () => {
    const events: string[] = [];
    const slow = slowResponder(events, 'Slack API');
    api.setResponder(slow.respond);
    const app = appWith({ timeoutMs: 30_000 });
    const body = dm('quels postes sont ouverts à Nouméa ?');
    const res = await request(app)
      .post('/slack/events')
      .set('content-type', 'application/json')
      .set(signedAt(body))
      .send(body);
    events.push(`webhook answered ${res.status}`);
    await api.received(1);
    slow.release();
    await answers.settled();
    expect(events).toEqual(['webhook answered 200', 'Slack API answered']);
    expect(posted()[0]?.text).toContain('3134-25-0699/SR');
  });

  it('shutdown waits for an acknowledged answer still being posted', async () => {
    const events: string[] = [];
    const slow = slowResponder(events, 'Slack API');
    api.setResponder(slow.respond);
    const drain = new Drain();
    const app = appWith({
      assistant: drain.track(assistant),
      answers: new AnswersInFlight(logger, (work) => drain.hold(work)),
      before: [drain.gate],
      timeoutMs: 30_000,
    });
    const body = dm('bonjour');
    const res = await request(app)
      .post('/slack/events')
      .set('content-type', 'application/json')
      .set(signedAt(body))
      .send(body);
    events.push(`webhook answered ${res.status}`);
    await api.received(1);
    drain.begin();
    const drained = drain.settled(60_000).then((done) => events.push(`drained ${done}`));
    slow.release();
    await drained;
    expect(events).toEqual(['webhook answered 200', 'Slack API answered', 'drained true']);
  });
});

/** An Events API message whose content depends only on its `event_id` (a retry repeats it). */
const event = (id: string) =>
  JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event_id: id,
    event: { type: 'message', channel_type: 'im', channel: 'D1', user: `U-${id}`, text: 'bonjour' },
  });
/** A quick-reply click identified by its `trigger_id`. */
const click = (trigger: string) =>
  `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', trigger_id: trigger, user: { id: `U-${trigger}` }, team: { id: 'T1' }, channel: { id: 'D1' }, actions: [{ value: 'bonjour' }] }))}`;
const retry = (n: number) => ({
  'x-slack-retry-num': String(n),
  'x-slack-retry-reason': 'http_timeout',
});

describe('replays and retries', () => {
  const CASES: Array<{
    name: string;
    deliveries: Array<{ body: string; headers?: Record<string, string> }>;
    posts: number;
  }> = [
    { name: 'one event', deliveries: [{ body: event('EvA') }], posts: 1 },
    {
      name: 'the same signed request replayed 3 times',
      deliveries: [{ body: event('EvA') }, { body: event('EvA') }, { body: event('EvA') }],
      posts: 1,
    },
    {
      name: 'Slack retrying an accepted event (X-Slack-Retry-Num 1 then 2)',
      deliveries: [
        { body: event('EvA') },
        { body: event('EvA'), headers: retry(1) },
        { body: event('EvA'), headers: retry(2) },
      ],
      posts: 1,
    },
    {
      name: 'a retry of an event never accepted (its first delivery was lost)',
      deliveries: [{ body: event('EvA'), headers: retry(1) }],
      posts: 1,
    },
    {
      name: 'a retry, then the first delivery arriving late',
      deliveries: [{ body: event('EvA'), headers: retry(1) }, { body: event('EvA') }],
      posts: 1,
    },
    {
      name: 'two events with the same words (negative: both answered)',
      deliveries: [{ body: event('EvA') }, { body: event('EvB') }],
      posts: 2,
    },
    {
      name: 'the same button click replayed twice',
      deliveries: [{ body: click('1.2.a') }, { body: click('1.2.a') }],
      posts: 1,
    },
    {
      name: 'two clicks on the same button (negative: both answered)',
      deliveries: [{ body: click('1.2.a') }, { body: click('1.2.b') }],
      posts: 2,
    },
  ];

  it.each(CASES)('$name: $posts post(s), every delivery acknowledged', async (c) => {
    const app = appWith();
    for (const { body, headers = {} } of c.deliveries) {
      const res = await post(app, body, { ...signedAt(body), ...headers });
      expect(res.status).toBe(200);
    }
    expect(posted()).toHaveLength(c.posts);
  });

  it('answers an event once across two instances sharing a window (Redis stands as a storage)', async () => {
    const shared = new BoundedMemoryStorage({ ttlMs: 60_000, maxItems: 100, clock: wallClock });
    const instance = () =>
      appWith({
        replays: sharedReplayGuard(shared, memoryReplayGuard(REPLAY_WINDOW, wallClock), logger),
      });
    const [first, second] = [instance(), instance()];
    expect((await post(first, event('EvA'))).status).toBe(200);
    expect(
      (await post(second, event('EvA'), { ...signedAt(event('EvA')), ...retry(1) })).status,
    ).toBe(200);
    expect(posted()).toHaveLength(1);
  });
});

describe('signature window on the wall clock, not on BOT_NOW', () => {
  const botNow = Math.floor(clock.now().getTime() / 1000);
  const CASES: Array<{ name: string; at: () => number; status: number }> = [
    { name: 'signed at the pinned BOT_NOW', at: () => botNow, status: 401 },
    { name: 'signed at BOT_NOW + 1 minute', at: () => botNow + 60, status: 401 },
    { name: 'signed now (wall clock)', at: () => nowSeconds(), status: 200 },
    { name: 'signed 4 minutes ago', at: () => nowSeconds() - 240, status: 200 },
    { name: 'signed 4 minutes ahead', at: () => nowSeconds() + 240, status: 200 },
    { name: 'signed 6 minutes ago', at: () => nowSeconds() - 360, status: 401 },
    { name: 'signed 6 minutes ahead', at: () => nowSeconds() + 360, status: 401 },
  ];

  it.each(CASES)('$name → $status', async ({ at, status }) => {
    const body = dm('quels postes sont ouverts à Nouméa ?');
    const res = await post(appWith(), body, signedAt(body, at()));
    expect(res.status).toBe(status);
    expect(posted()).toHaveLength(status === 200 ? 1 : 0);
  });
});
