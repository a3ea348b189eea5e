import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Assistant, Turn } from '../../../src/assistant.ts';
import { webAssetsRouter } from '../../../src/channels/web/assets.ts';
import { MAX_PAYLOAD_BYTES, MAX_TEXT_CHARS } from '../../../src/channels/web/sessionWebAdapter.ts';
import type { WebLogger } from '../../../src/channels/web/sessionWebAdapter.ts';
import { attachWebChannel } from '../../../src/channels/web/webChannel.ts';
import type { WebChannel } from '../../../src/channels/web/webChannel.ts';
import { createAssistant } from '../../../src/createAssistant.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { Client, connect, references } from './harness.ts';

const QUESTION = 'quels postes sont ouverts à Nouméa ?';
const REFERENCE = '3134-25-0699/SR';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface TestServer {
  url: string;
  server: http.Server;
  channel: WebChannel;
  stop(): Promise<void>;
}

const logged: { level: string; msg?: string }[] = [];
const logger: WebLogger = {
  info: () => {},
  warn: (_obj, msg) => logged.push({ level: 'warn', msg }),
  error: (_obj, msg) => logged.push({ level: 'error', msg }),
};

async function startServer(assistant: Assistant): Promise<TestServer> {
  const app = express();
  app.use(webAssetsRouter());
  const server = http.createServer(app);
  const channel = attachWebChannel({ server, assistant, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    server,
    channel,
    async stop() {
      await channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function connectAndGreet(url: string): Promise<Client> {
  const { client, session } = await connect(url);
  expect(session.resumed).toBe(false);
  return client;
}

describe('web channel (WebSocket + Botkit + real assistant)', () => {
  const turns: Turn[] = [];
  let srv: TestServer;

  beforeAll(async () => {
    const real = await createAssistant({ dataDir: 'data', clock: fixedClock('2025-06-05') });
    const spy: Assistant = {
      ask: (turn) => {
        turns.push(turn);
        return real.ask(turn);
      },
    };
    srv = await startServer(spy);
  });

  afterAll(async () => {
    await srv?.stop();
  });

  it('serves the widget page and its files, without any CDN', async () => {
    const page = await request(srv.server).get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain("Offres d'emploi public — Nouvelle-Calédonie");
    expect(page.text).toContain('role="log"');
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const file of ['/widget.js', '/chat-render.js', '/embed.js']) {
      const js = await request(srv.server).get(file).expect(200);
      expect(js.headers['content-type']).toMatch(/javascript/);
      expect(js.text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    }
    const css = await request(srv.server).get('/widget.css').expect(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    await request(srv.server).get('/../package.json').expect(404);
  });

  it('greets, then answers a question with the matching offer', async () => {
    const client = await Client.open(srv.url);
    expect((await client.next()).type).toBe('session');
    const welcome = await client.next();
    expect(welcome.type).toBe('message');
    expect(welcome.text).toMatch(/^Bonjour/);
    expect(welcome.answer?.quickReplies).toEqual(['Offres ouvertes', 'Aide']);

    client.send({ type: 'message', text: QUESTION });
    const reply = await client.next();
    expect(reply.type).toBe('message');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.answer?.text).toBe(reply.text);
    expect(references(reply)).toContain(REFERENCE);
    client.close();
  });

  it('ignores a client-sent user: each socket is its own session', async () => {
    const a = await connectAndGreet(srv.url);
    const b = await connectAndGreet(srv.url);
    const before = turns.length;
    a.send({ type: 'message', text: QUESTION, user: 'alice' });
    const fromA = await a.next();
    b.send({ type: 'message', text: 'Aide', user: 'alice' });
    const fromB = await b.next();

    expect(references(fromA)).toContain(REFERENCE);
    expect(fromB.text).not.toBe(fromA.text);
    expect(references(fromB)).not.toContain(REFERENCE);
    expect(await a.silentFor(300)).toBe(true);
    expect(await b.silentFor(0)).toBe(true);

    const [turnA, turnB] = turns.slice(before);
    expect(turnA?.conversation.replace(/^web:/, '')).toMatch(UUID);
    expect(turnB?.conversation.replace(/^web:/, '')).toMatch(UUID);
    expect(turnA?.conversation).not.toBe(turnB?.conversation);
    expect(turnA?.conversation).not.toBe('alice');
    a.close();
    b.close();
  });

  it('answers bad JSON and bad messages with a French error frame, and keeps working', async () => {
    const client = await connectAndGreet(srv.url);
    client.send('{ ceci n’est pas du JSON');
    const badJson = await client.next();
    expect(badJson).toMatchObject({ type: 'message', error: 'bad_json' });
    expect(badJson.text).toMatch(/Désolé/);

    client.send({ type: 'message', text: '   ' });
    expect(await client.next()).toMatchObject({ error: 'bad_message' });
    client.send({ type: 'event', text: 'x' });
    expect(await client.next()).toMatchObject({ error: 'bad_message' });
    client.send('null');
    expect(await client.next()).toMatchObject({ error: 'bad_message' });

    client.send({ type: 'message', text: QUESTION });
    expect(references(await client.next())).toContain(REFERENCE);
    client.close();
  });

  it('refuses a text over the character cap politely, and keeps working', async () => {
    const client = await connectAndGreet(srv.url);
    const before = turns.length;
    client.send({ type: 'message', text: 'é'.repeat(MAX_TEXT_CHARS + 1) });
    const tooLong = await client.next();
    expect(tooLong).toMatchObject({ type: 'message', error: 'too_long' });
    expect(tooLong.text).toMatch(/trop long/);
    expect(turns.length).toBe(before);

    client.send({ type: 'message', text: QUESTION });
    expect(references(await client.next())).toContain(REFERENCE);
    client.close();
  });

  it('closes a frame over the payload cap with 1009, and the server keeps serving', async () => {
    const client = await connectAndGreet(srv.url);
    client.send({ type: 'message', text: 'x'.repeat(MAX_PAYLOAD_BYTES) });
    expect((await client.closed).code).toBe(1009);

    const other = await connectAndGreet(srv.url);
    other.send({ type: 'message', text: QUESTION });
    expect(references(await other.next())).toContain(REFERENCE);
    other.close();
  });

  it('accepts WebSocket upgrades on /ws only', async () => {
    const base = srv.url.replace(/\/ws$/, '');
    const outcome = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${base}/autre`);
      ws.on('open', () => resolve('open'));
      ws.on('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});

describe('web channel failures', () => {
  it('apologises in French when a turn fails, and logs it', async () => {
    const failing: Assistant = {
      ask: async () => {
        throw new Error('boom');
      },
    };
    const srv = await startServer(failing);
    try {
      const client = await connectAndGreet(srv.url);
      client.send({ type: 'message', text: 'bonjour' });
      const apology = await client.next();
      expect(apology).toMatchObject({ type: 'message', error: 'turn_failed' });
      expect(apology.text).toMatch(/Désolé/);
      expect(logged.some((l) => l.level === 'error' && l.msg === 'web: turn failed')).toBe(true);
      client.send({ type: 'message', text: 'encore' });
      expect((await client.next()).error).toBe('turn_failed');
      client.close();
    } finally {
      await srv.stop();
    }
  });

  it('close() closes open sockets with 1001', async () => {
    const echo: Assistant = {
      ask: async ({ text }) => ({
        text,
        offers: [],
        suggestions: [],
        quickReplies: [],
        intent: 'echo',
      }),
    };
    const srv = await startServer(echo);
    const client = await connectAndGreet(srv.url);
    client.send({ type: 'message', text: 'écho' });
    expect((await client.next()).text).toBe('écho');
    await srv.channel.close();
    expect((await client.closed).code).toBe(1001);
    await srv.stop();
  });
});
