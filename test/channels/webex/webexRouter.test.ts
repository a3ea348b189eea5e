import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { AnswersInFlight } from '../../../src/channels/messaging/answersInFlight.ts';
import { webexRestApi } from '../../../src/channels/webex/webexApi.ts';
import { webexRouter } from '../../../src/channels/webex/webexRouter.ts';
import { webexSignature } from '../../../src/channels/webex/verifySignature.ts';
import { createApp } from '../../../src/server/app.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';
import { recordingLogger, startFakeApi, type Recorded } from '../slack/fakeApi.ts';

const SECRET = 'webex-webhook-secret';
/** The real time, for the replay window. */
const wallClock = fixedClock('2026-02-10T08:00:00Z');
const minutesAgo = (minutes: number) =>
  new Date(wallClock.now().getTime() - minutes * 60_000).toISOString();

let api: Awaited<ReturnType<typeof startFakeApi>>;
let assistant: Assistant;
let logger: ReturnType<typeof recordingLogger>;
/** The answers the route runs after acknowledging; tests wait for them with `settled()`. */
let answers: AnswersInFlight;
/** The messages the stand-in API serves on GET /v1/messages/{id}. */
const stored = new Map<string, Record<string, unknown>>();

function respond(req: Recorded) {
  const get = /^\/v1\/messages\/([^/]+)$/.exec(req.path);
  if (req.method === 'GET' && get) {
    const message = stored.get(decodeURIComponent(get[1] ?? ''));
    return message ? { body: message } : { status: 404, body: { message: 'not found' } };
  }
  if (req.method === 'POST' && req.path === '/v1/messages') return { body: { id: 'M-reply' } };
  return { status: 404, body: {} };
}

function appWith(options: { assistant?: Assistant; timeoutMs?: number } = {}): Express {
  const settings = {
    webhookSecret: SECRET,
    api: webexRestApi({
      accessToken: 'webex-token',
      apiBaseUrl: `${api.url}/v1`,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    }),
    botPersonId: 'BOT',
  };
  return createApp({
    assistant,
    config: { sessionSecret: null, trustProxy: false },
    routers: [
      webexRouter({
        assistant: options.assistant ?? assistant,
        answers,
        logger,
        settings,
        wallClock,
      }),
    ],
  });
}

/** Sends `body` to /webex/events, signed unless `headers` say otherwise; no waiting for the answer. */
function send(app: Express, body: string | Buffer, headers?: Record<string, string>) {
  const signed = { 'x-spark-signature': webexSignature(SECRET, Buffer.from(body)) };
  return request(app)
    .post('/webex/events')
    .set('content-type', 'application/json')
    .set(headers ?? signed)
    .send(body);
}

/** Sends, then waits for the answers started meanwhile. */
async function post(app: Express, body: string | Buffer, headers?: Record<string, string>) {
  const res = await send(app, body, headers);
  await answers.settled();
  return res;
}

let count = 0;
/** Stores a message in the stand-in API and returns the webhook notifying it. */
function notify(
  text: string,
  extra: {
    html?: string;
    personId?: string;
    personEmail?: string;
    parentId?: string;
    created?: string;
  } = {},
): string {
  count += 1;
  const id = `M${count}`;
  const personId = extra.personId ?? `P${count}`;
  stored.set(id, {
    id,
    roomId: 'R1',
    personId,
    text,
    html: extra.html,
    parentId: extra.parentId,
    created: extra.created,
  });
  return JSON.stringify({
    id: 'W1',
    resource: 'messages',
    event: 'created',
    data: { id, roomId: 'R1', personId, personEmail: extra.personEmail ?? 'alice@example.nc' },
  });
}

const replies = () =>
  api.requests
    .filter((r) => r.method === 'POST')
    .map((r) => r.body as { roomId: string; text: string; markdown: string; parentId?: string });

beforeAll(async () => {
  api = await startFakeApi(respond);
  assistant = await seedAssistant('2025-06-05');
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.setResponder(respond);
  logger = recordingLogger();
  answers = new AnswersInFlight(logger);
});

async function expectServing(app: Express) {
  api.requests.length = 0;
  const res = await post(app, notify('quels postes sont ouverts à Nouméa ?'));
  expect(res.status).toBe(200);
  expect(replies()).toHaveLength(1);
  expect(replies()[0]?.text).toContain('3134-25-0699/SR');
}

describe('POST /webex/events', () => {
  const body = JSON.stringify({
    resource: 'messages',
    event: 'created',
    data: { id: 'M0', roomId: 'R1', personId: 'P0' },
  });
  const good = webexSignature(SECRET, Buffer.from(body));
  const BAD: Array<{
    name: string;
    body: string | Buffer;
    headers?: Record<string, string>;
    status: number;
  }> = [
    { name: 'no signature', body, headers: {}, status: 401 },
    {
      name: 'a short signature',
      body,
      headers: { 'x-spark-signature': good.slice(0, 10) },
      status: 401,
    },
    {
      name: 'a wrong signature',
      body,
      headers: { 'x-spark-signature': 'f'.repeat(40) },
      status: 401,
    },
    {
      name: 'the signature of another body',
      body,
      headers: { 'x-spark-signature': webexSignature(SECRET, Buffer.from('{}')) },
      status: 401,
    },
    {
      name: 'a signature with another secret',
      body,
      headers: { 'x-spark-signature': webexSignature('autre', Buffer.from(body)) },
      status: 401,
    },
    { name: 'an empty body (signed)', body: '', status: 400 },
    { name: 'a non-JSON body (signed)', body: 'pas du json', status: 400 },
    { name: '{} (signed)', body: '{}', status: 400 },
    {
      name: 'a message notification without ids (signed)',
      body: '{"resource":"messages","event":"created","data":{}}',
      status: 400,
    },
    { name: 'an oversized body (70 KB)', body: Buffer.alloc(70 * 1024, 'a'), status: 413 },
  ];

  it.each(BAD)(
    'refuses $name with $status, then keeps serving',
    async ({ body: payload, headers, status }) => {
      const app = appWith();
      const res = await post(app, payload, headers);
      expect(res.status).toBe(status);
      expect(api.requests).toHaveLength(0);
      await expectServing(app);
    },
  );

  it('fetches the notified message and replies in its room with the offers', async () => {
    const res = await post(appWith(), notify('quels postes sont ouverts à Nouméa ?'));
    expect(res.status).toBe(200);
    expect(api.requests.map((r) => [r.method, r.path, r.authorization])).toEqual([
      ['GET', `/v1/messages/M${count}`, 'Bearer webex-token'],
      ['POST', '/v1/messages', 'Bearer webex-token'],
    ]);
    expect(replies()[0]).toMatchObject({ roomId: 'R1' });
    expect(replies()[0]?.markdown).toContain('3134-25-0699/SR');
  });

  it('strips the mention in a group space, replies in the thread and keeps the context per room and person', async () => {
    const app = appWith();
    const mention = (words: string) =>
      notify(`AVP ${words}`, {
        personId: 'P-bob',
        parentId: 'T1',
        html: `<p><spark-mention data-object-type="person" data-object-id="BOT">AVP</spark-mention> ${words}</p>`,
      });
    await post(app, mention('date limite pour 3134-25-0699/SR'));
    await post(app, mention('quel diplôme faut-il ?'));
    expect(replies().map((r) => r.parentId)).toEqual(['T1', 'T1']);
    expect(replies()[1]?.text).toContain('ne précise ni diplôme');
  });

  it.each([
    ['its own message', notify('bonjour', { personId: 'BOT' })],
    ['another bot', notify('bonjour', { personEmail: 'autre@webex.bot' })],
    [
      'a membership notification',
      JSON.stringify({ resource: 'memberships', event: 'created', data: { roomId: 'R1' } }),
    ],
  ])('acknowledges %s without reading or replying', async (_name, payload) => {
    const res = await post(appWith(), payload);
    expect(res.status).toBe(200);
    expect(api.requests).toHaveLength(0);
  });

  it('logs a failing turn, apologises, answers 200 and keeps serving', async () => {
    const failing: Assistant = {
      ask: async () => {
        throw new Error('boom');
      },
    };
    const res = await post(appWith({ assistant: failing }), notify('bonjour'));
    expect(res.status).toBe(200);
    expect(logger.lines.some((l) => l.level === 'error' && l.msg === 'webex: turn failed')).toBe(
      true,
    );
    expect(replies()[0]?.text).toContain('Désolé');
    await expectServing(appWith());
  });

  it('acknowledges, then logs when the message cannot be read, and keeps serving', async () => {
    const payload = JSON.stringify({
      resource: 'messages',
      event: 'created',
      data: { id: 'unknown', roomId: 'R1', personId: 'P1' },
    });
    const res = await post(appWith(), payload);
    expect(res.status).toBe(200);
    const failure = logger.lines.find((l) => l.msg === 'webex: answer failed');
    expect(String((failure?.obj as { err?: Error } | undefined)?.err?.message)).toContain(
      'HTTP 404',
    );
    await expectServing(appWith());
  });
});

describe('acknowledgement before the answer', () => {
  it('acknowledges at once while the Webex API takes 10 s to give the message, then replies', async () => {
    const events: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    api.setResponder(async (req) => {
      if (req.method === 'GET') {
        await released;
        events.push('Webex API answered');
      }
      return respond(req);
    });
    const res = await send(
      appWith({ timeoutMs: 30_000 }),
      notify('quels postes sont ouverts à Nouméa ?'),
    );
    events.push(`webhook answered ${res.status}`);
    await api.received(1);
    release();
    await answers.settled();
    expect(events).toEqual(['webhook answered 200', 'Webex API answered']);
    expect(replies()[0]?.text).toContain('3134-25-0699/SR');
  });
});

describe('replays', () => {
  /** The notification of an already stored message, from webhook `webhook`. */
  const again = (body: string, webhook: string) =>
    JSON.stringify({ ...(JSON.parse(body) as object), id: webhook });
  const CASES: Array<{ name: string; bodies: () => string[]; replies: number }> = [
    { name: 'one notification', bodies: () => [notify('bonjour')], replies: 1 },
    {
      name: 'the same signed notification twice',
      bodies: () => {
        const body = notify('bonjour');
        return [body, body];
      },
      replies: 1,
    },
    {
      name: 'the same message notified by two webhooks',
      bodies: () => {
        const body = notify('bonjour');
        return [body, again(body, 'W2')];
      },
      replies: 1,
    },
    {
      name: 'two messages with the same words (negative: both answered)',
      bodies: () => [notify('bonjour'), notify('bonjour')],
      replies: 2,
    },
  ];

  it.each(CASES)('$name: $replies reply(ies), every notification acknowledged', async (c) => {
    const app = appWith();
    for (const body of c.bodies()) expect((await post(app, body)).status).toBe(200);
    expect(replies()).toHaveLength(c.replies);
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(c.replies);
  });
});

describe('replays after the window', () => {
  // Webex bodies carry no timestamp: the message's own `created` date stops a replay the window forgot.
  const CASES: Array<{ name: string; created: string | undefined; replies: number }> = [
    {
      name: 'a message created 2 days ago (a late replay)',
      created: minutesAgo(48 * 60),
      replies: 0,
    },
    { name: 'a message created 25 hours ago', created: minutesAgo(25 * 60), replies: 0 },
    { name: 'a message created 23 hours ago', created: minutesAgo(23 * 60), replies: 1 },
    { name: 'a message created a minute ago', created: minutesAgo(1), replies: 1 },
    { name: 'a message created a minute ahead (skew)', created: minutesAgo(-1), replies: 1 },
    { name: 'a message without creation date', created: undefined, replies: 1 },
    { name: 'a message with an unreadable date', created: 'hier', replies: 1 },
  ];

  it.each(CASES)('$name: $replies reply(ies)', async ({ created, replies: expected }) => {
    const res = await post(appWith(), notify('bonjour', created === undefined ? {} : { created }));
    expect(res.status).toBe(200);
    expect(replies()).toHaveLength(expected);
    expect(logger.lines.some((l) => l.msg === 'webex: message too old, not answered')).toBe(
      expected === 0,
    );
  });
});
