import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import {
  deferWebChannel,
  MAX_HELD_UPGRADES,
  type DeferredWebChannel,
} from '../../../src/channels/web/deferredWebChannel.ts';
import * as webChannelModule from '../../../src/channels/web/webChannel.ts';
import { connect, refusedUpgrade, silentLogger } from './harness.ts';

/** An assistant that echoes: the channel's plumbing is under test, not the answers. */
const echo: Assistant = {
  ask: async ({ text }) => ({
    text: `écho : ${text}`,
    offers: [],
    suggestions: [],
    quickReplies: [],
    intent: 'echo',
  }),
};

/** A module load the test finishes by hand: `finish()` gives the real web channel, `fail()` an error. */
function controlledLoad() {
  let finish: () => void = () => {};
  let fail: (err: Error) => void = () => {};
  const load = () =>
    new Promise<typeof webChannelModule>((resolve, reject) => {
      finish = () => resolve(webChannelModule);
      fail = reject;
    });
  return { load, finish: () => finish(), fail: (err: Error) => fail(err) };
}

let server: http.Server;
let channel: DeferredWebChannel | null = null;

async function listen(): Promise<string> {
  server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await channel?.close();
  channel = null;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('deferred web channel', () => {
  it('holds a socket opened while Botkit loads, then serves it', async () => {
    const base = await listen();
    const loading = controlledLoad();
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, loading.load);
    expect(channel.state()).toBe('loading');
    const early = connect(`${base}/ws`); // handshake sent now, answered once the channel is attached
    while (channel.held() < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    loading.finish();
    await channel.settled;
    expect(channel.state()).toBe('ready');
    const { client, session } = await early;
    expect(session.resumed).toBe(false);
    expect((await client.ask('bonjour')).text).toBe('écho : bonjour');
    client.close();
  });

  it('answers 503 to other upgrade paths while it loads', async () => {
    const base = await listen();
    const loading = controlledLoad();
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, loading.load);
    expect((await refusedUpgrade(`${base}/autre`)).status).toBe(503);
    loading.finish();
  });

  it(`answers 503 past ${MAX_HELD_UPGRADES} held upgrades`, async () => {
    const base = await listen();
    const loading = controlledLoad();
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, loading.load);
    const held = Array.from({ length: MAX_HELD_UPGRADES }, () =>
      refusedUpgrade(`${base}/ws`).catch(() => null),
    );
    while (channel.held() < MAX_HELD_UPGRADES)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await refusedUpgrade(`${base}/ws`)).status).toBe(503);
    loading.fail(new Error('arrêt du test')); // the held ones are refused in turn
    expect((await Promise.all(held)).every((r) => r?.status === 503)).toBe(true);
  });

  it('refuses held sockets and says failed when the channel cannot load', async () => {
    const base = await listen();
    const loading = controlledLoad();
    const errors: string[] = [];
    const logger = {
      ...silentLogger,
      error: (_obj: object, msg?: string) => void errors.push(msg ?? ''),
    };
    channel = deferWebChannel({ server, assistant: echo, logger }, loading.load);
    const refused = refusedUpgrade(`${base}/ws`);
    while (channel.held() < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    loading.fail(new Error('module introuvable'));
    await channel.settled;
    expect(channel.state()).toBe('failed');
    expect((await refused).status).toBe(503);
    expect(errors).toEqual(['web: canal non chargé']);
  });

  it('loads the real channel by default', async () => {
    const base = await listen();
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger });
    await channel.settled;
    expect(channel.state()).toBe('ready');
    const { client } = await connect(`${base}/ws`);
    expect((await client.ask('salut')).text).toBe('écho : salut');
    client.close();
  });

  /** Sends an upgrade request with a raw target over TCP; resolves with what the server answered (possibly nothing). */
  function rawUpgrade(port: number, target: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
      );
      setTimeout(() => socket.destroy(), 500);
    });
  }

  it.each(['//[', '/ws?x=//[', 'http://[::1', '%%%'])(
    'survives a malformed upgrade target %j, loading and loaded',
    async (target) => {
      const base = await listen();
      const port = Number(new URL(base).port);
      const loading = controlledLoad();
      channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, loading.load);
      await rawUpgrade(port, target);
      loading.finish();
      await channel.settled;
      await rawUpgrade(port, target);
      const { client } = await connect(`${base}/ws`); // still serving
      expect((await client.ask('encore là ?')).text).toBe('écho : encore là ?');
      client.close();
    },
  );

  it('says failed, and refuses what it held, when attaching throws', async () => {
    const base = await listen();
    const errors: string[] = [];
    const logger = {
      ...silentLogger,
      error: (_obj: object, msg?: string) => void errors.push(msg ?? ''),
    };
    let attach: () => void = () => {};
    const gate = new Promise<void>((resolve) => (attach = resolve));
    const broken = async () => {
      await gate;
      return {
        attachWebChannel: (): never => {
          throw new Error('adaptateur cassé');
        },
      };
    };
    channel = deferWebChannel({ server, assistant: echo, logger }, broken);
    const refused = refusedUpgrade(`${base}/ws`);
    while (channel.held() < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    attach();
    await expect(channel.settled).resolves.toBeUndefined();
    expect(channel.state()).toBe('failed');
    expect((await refused).status).toBe(503);
    expect(errors).toEqual(['web: canal non chargé']);
    await expect(channel.close()).resolves.toBeUndefined();
  });

  it('does not attach when shutdown began while Botkit loaded', async () => {
    const base = await listen();
    const loading = controlledLoad();
    const attached: unknown[] = [];
    const spyLoad = async () => {
      const module = await loading.load();
      return {
        attachWebChannel: (options: Parameters<typeof module.attachWebChannel>[0]) => {
          attached.push(options);
          return module.attachWebChannel(options);
        },
      };
    };
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, spyLoad);
    const refused = refusedUpgrade(`${base}/ws`);
    while (channel.held() < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    const closed = channel.close();
    loading.finish();
    await closed;
    expect(attached).toEqual([]);
    expect((await refused).status).toBe(503);
  });

  it('closes a held socket after its time, freeing its place', async () => {
    const base = await listen();
    const loading = controlledLoad();
    channel = deferWebChannel({ server, assistant: echo, logger: silentLogger }, loading.load, 100);
    const port = Number(new URL(base).port);
    const answered = rawUpgrade(port, '/ws');
    while (channel.held() < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    await answered; // the server closed it (or the client gave up at 500 ms)
    while (channel.held() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(channel.held()).toBe(0);
    loading.finish();
  });
});
