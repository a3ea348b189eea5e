import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ConversationTokens,
  DEFAULT_TOKEN_TTL_MS,
  type TokenChannel,
} from '../../src/channels/conversationTokens.ts';

const SECRET = 'un secret de test assez long pour signer des jetons';
const HOUR = 3_600_000;
const ISSUED_AT = Date.parse('2025-06-05T08:00:00Z');
const TTL = 12 * HOUR;

/** A wall clock the test moves by hand. */
function wallClock(at: number) {
  const clock = { at, now: () => clock.at };
  return clock;
}

/** A token of `channel` issued at ISSUED_AT, and a signer whose clock stands `age` ms later. */
function issuedThenAged(channel: TokenChannel, age: number) {
  const clock = wallClock(ISSUED_AT);
  const tokens = new ConversationTokens(SECRET, { ttlMs: TTL, now: clock.now });
  const token = tokens.issue(channel);
  clock.at += age;
  return { tokens, token };
}

const other = (channel: TokenChannel): TokenChannel => (channel === 'rest' ? 'web' : 'rest');

/** The last character of the token changed (still base64url). */
function flipLast(token: string): string {
  return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
}

interface Case {
  name: string;
  /** The token presented to `channel`, built from a genuine token of that channel issued at ISSUED_AT. */
  make: (genuine: string, channel: TokenChannel) => string;
  /** How long after issue it is presented. */
  age: number;
  expected: 'ok' | 'malformed' | 'signature' | 'channel' | 'expired';
}

const CASES: Case[] = [
  { name: 'valid, just issued', make: (t) => t, age: 0, expected: 'ok' },
  { name: 'valid, one minute before expiry', make: (t) => t, age: TTL - 60_000, expected: 'ok' },
  { name: 'expired, at the TTL', make: (t) => t, age: TTL, expected: 'expired' },
  { name: 'expired, the next week', make: (t) => t, age: 7 * 24 * HOUR, expected: 'expired' },
  {
    name: 'issued more than a minute in the future (clock rolled back)',
    make: (t) => t,
    age: -2 * 60_000,
    expected: 'expired',
  },
  {
    name: 'valid, issued a few seconds in the future (another instance, clock skew)',
    make: (t) => t,
    age: -5_000,
    expected: 'ok',
  },
  {
    name: 'wrong channel (a genuine token of the other channel)',
    make: (_t, channel) =>
      new ConversationTokens(SECRET, { now: () => ISSUED_AT }).issue(other(channel)),
    age: 0,
    expected: 'channel',
  },
  {
    name: 'tampered payload: channel rewritten',
    make: (t, channel) => t.replace(`.${channel}.`, `.${other(channel)}.`),
    age: 0,
    expected: 'signature',
  },
  {
    name: 'tampered payload: issue time made younger',
    make: (t) => t.replace(`.${ISSUED_AT}.`, `.${ISSUED_AT + 7 * 24 * HOUR}.`),
    age: 7 * 24 * HOUR,
    expected: 'signature',
  },
  {
    name: 'tampered payload: another conversation id',
    make: (t) => `00000000-0000-4000-8000-000000000000${t.slice(36)}`,
    age: 0,
    expected: 'signature',
  },
  { name: 'tampered signature', make: flipLast, age: 0, expected: 'signature' },
  {
    name: 'signed with another secret',
    make: (_t, channel) =>
      new ConversationTokens('un autre secret, tout aussi long que le premier', {
        now: () => ISSUED_AT,
      }).issue(channel),
    age: 0,
    expected: 'signature',
  },
  {
    name: 'old format <uuid>.<hmac>, correctly signed',
    make: (t) => {
      const id = t.slice(0, 36);
      return `${id}.${createHmac('sha256', SECRET).update(id).digest('base64url')}`;
    },
    age: 0,
    expected: 'malformed',
  },
  { name: 'garbage: empty', make: () => '', age: 0, expected: 'malformed' },
  { name: 'garbage: a name', make: () => 'alice', age: 0, expected: 'malformed' },
  { name: 'garbage: dots only', make: () => '...', age: 0, expected: 'malformed' },
  { name: 'garbage: 4 kB', make: (t) => t.repeat(50), age: 0, expected: 'malformed' },
  {
    name: 'garbage: non-ASCII signature',
    make: (t) => `${t.slice(0, -1)}é`,
    age: 0,
    expected: 'malformed',
  },
  {
    name: 'garbage: issue time not a number',
    make: (t) => t.replace(`.${ISSUED_AT}.`, '.NaN.'),
    age: 0,
    expected: 'malformed',
  },
];

describe('conversation tokens: one channel, a lifetime, checked on the wall clock', () => {
  for (const channel of ['rest', 'web'] as const) {
    it.each(CASES)(`${channel}: $name → $expected`, ({ make, age, expected }) => {
      const { tokens, token } = issuedThenAged(channel, age);
      const presented = make(token, channel);
      const check = tokens.check(presented, channel);
      if (expected === 'ok') {
        expect(check).toEqual({ ok: true, id: token.slice(0, 36) });
        expect(tokens.verify(presented, channel)).toBe(token.slice(0, 36));
      } else {
        expect(check).toEqual({ ok: false, reason: expected });
        expect(tokens.verify(presented, channel)).toBeNull();
      }
    });
  }

  it('carries its id, channel and issue time in the clear, signed: <uuid>.<channel>.<ms>.<hmac>', () => {
    const tokens = new ConversationTokens(SECRET, { now: () => ISSUED_AT });
    const token = tokens.issue('web');
    expect(token).toMatch(new RegExp(`^[0-9a-f-]{36}\\.web\\.${ISSUED_AT}\\.[\\w-]{43}$`));
    expect(tokens.issue('web')).not.toBe(token); // a new id each time
  });

  it('expires after 12 hours by default, on the wall clock it is given (not BOT_NOW)', () => {
    expect(DEFAULT_TOKEN_TTL_MS).toBe(12 * HOUR);
    const clock = wallClock(ISSUED_AT);
    const tokens = new ConversationTokens(SECRET, { now: clock.now });
    const token = tokens.issue('rest');
    clock.at += DEFAULT_TOKEN_TTL_MS - 1;
    expect(tokens.check(token, 'rest').ok).toBe(true);
    clock.at += 1;
    expect(tokens.check(token, 'rest')).toEqual({ ok: false, reason: 'expired' });
  });

  it('reads the real time by default', () => {
    const tokens = new ConversationTokens(SECRET);
    const issuedAt = Number(tokens.issue('rest').split('.')[2]);
    expect(Math.abs(issuedAt - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a TTL that is not a positive number of milliseconds', () => {
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => new ConversationTokens(SECRET, { ttlMs })).toThrow(/TTL/);
  });
});
