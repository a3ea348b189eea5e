import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { deferWebChannel, MAX_HELD_UPGRADES, type DeferredWebChannel } from '../../../src/channels/web/deferredWebChannel.ts';
import * as webChannelModule from '../../../src/channels/web/webChannel.ts';
import { connect, refusedUpgrade, silentLogger } from './harness.ts';

/** An assistant that echoes: the channel's plumbing is under test, not the answers. */
const echo: Assistant = {
  ask: async ({ text }) => ({ text: `écho : ${text}`, offers: [], suggestions: [], quickReplies: [], intent: 'echo' }),
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
    const held = Array.from({ length: MAX_HELD_UPGRADES }, () => refusedUpgrade(`${base}/ws`).catch(() => null));
    while (channel.held() < MAX_HELD_UPGRADES) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await refusedUpgrade(`${base}/ws`)).status).toBe(503);
    loading.fail(new Error('arrêt du test')); // the held ones are refused in turn
    expect((await Promise.all(held)).every((r) => r?.status === 503)).toBe(true);
  });

  it('refuses held sockets and says failed when the channel cannot load', async () => {
    const base = await listen();
    const loading = controlledLoad();
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (_obj: object, msg?: string) => void errors.push(msg ?? '') };
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
});
