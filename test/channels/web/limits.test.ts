import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { ConnectionCounter, TokenBuckets } from '../../../src/channels/web/tokenBucket.ts';
import type { SecuritySettings } from '../../../src/server/security.ts';
import { connect, refusedUpgrade, startStack, type Stack } from './harness.ts';

const echo: Assistant = {
  ask: async ({ text }) => ({
    text,
    offers: [],
    suggestions: [],
    quickReplies: [],
    intent: 'echo',
  }),
};

describe('token buckets', () => {
  it('allows a burst of the per-minute figure, then refills continuously', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    now += 19_000;
    expect(buckets.take('a')).toBe(false);
    now += 1_000;
    expect(buckets.take('a')).toBe(true);
    now += 60_000;
    buckets.prune();
    expect(buckets.size).toBe(0);
  });

  it('counts connections up to the cap', () => {
    const counter = new ConnectionCounter(2);
    expect([counter.acquire('ip'), counter.acquire('ip'), counter.acquire('ip')]).toEqual([
      true,
      true,
      false,
    ]);
    counter.release('ip');
    expect(counter.acquire('ip')).toBe(true);
  });
});

describe('web channel limits', () => {
  let stack: Stack | undefined;
  let now = 1_000_000;
  const start = async (security: Partial<SecuritySettings>) =>
    (stack = await startStack({ assistant: echo, security, now: () => now }));
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
  });

  it('answers "doucement" past the per-session rate, keeps the socket, and refills', async () => {
    const { wsUrl } = await start({ wsSessionMessagesPerMinute: 3, wsIpMessagesPerMinute: 1000 });
    const { client, session } = await connect(wsUrl);
    for (const text of ['un', 'deux', 'trois']) expect((await client.ask(text)).text).toBe(text);
    const limited = await client.ask('quatre');
    expect(limited).toMatchObject({ type: 'message', error: 'rate_limited' });
    expect(limited.text).toMatch(/^Doucement…/);
    client.send({ type: 'message', text: 'cinq' });
    expect(await client.silentFor(200)).toBe(true); // one notice per 2 s, extra frames dropped silently
    expect(client.ws.readyState).toBe(client.ws.OPEN);

    client.close();
    const again = await connect(wsUrl, { token: session.token ?? '' });
    expect((await again.client.ask('six')).error).toBe('rate_limited'); // a reconnection does not refill
    now += 20_000;
    expect((await again.client.ask('sept')).text).toBe('sept');
    again.client.close();
  });

  it('limits the messages of one address across its conversations', async () => {
    const { wsUrl } = await start({ wsSessionMessagesPerMinute: 100, wsIpMessagesPerMinute: 6 });
    const a = await connect(wsUrl); // each handshake takes one token too
    const b = await connect(wsUrl);
    for (const text of ['1', '2']) expect((await a.client.ask(text)).text).toBe(text);
    for (const text of ['3', '4']) expect((await b.client.ask(text)).text).toBe(text);
    expect((await a.client.ask('5')).error).toBe('rate_limited');
    expect((await b.client.ask('6')).error).toBe('rate_limited');
    a.client.close();
    b.client.close();
  });

  it('caps the sockets of one address with a polite 429', async () => {
    const { wsUrl } = await start({ wsMaxConnectionsPerIp: 2 });
    const a = await connect(wsUrl);
    const b = await connect(wsUrl);
    const refused = await refusedUpgrade(wsUrl);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatch(/^Doucement…/);
    a.client.close();
    await a.client.closed;
    await expect
      .poll(async () => {
        const c = await connect(wsUrl).catch(() => null);
        c?.client.close();
        return c !== null;
      })
      .toBe(true);
    b.client.close();
  });
});
