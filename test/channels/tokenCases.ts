import { createHmac } from 'node:crypto';
import { ConversationTokens, type TokenChannel } from '../../src/channels/conversationTokens.ts';

export const TOKEN_SECRET = 'un secret de test assez long pour signer des jetons';
export const TOKEN_TTL_MS = 12 * 3_600_000;

/** A signer on a wall clock the test moves by hand (`clock.at`, ms). */
export function tokensOnWallClock(at = Date.parse('2025-06-05T08:00:00Z')) {
  const clock = { at };
  const tokens = new ConversationTokens(TOKEN_SECRET, { ttlMs: TOKEN_TTL_MS, now: () => clock.at });
  return { clock, tokens };
}

/** One token a client presents to a channel, and whether that channel must resume it. */
export interface PresentedToken {
  name: string;
  /** Builds the token with the channel's signer; may move its clock (it is put back after). */
  make: (tokens: ConversationTokens, clock: { at: number }, channel: TokenChannel) => string;
  resumes: boolean;
}

const other = (channel: TokenChannel): TokenChannel => (channel === 'rest' ? 'web' : 'rest');

/** The table every channel is checked against: only a fresh genuine token of its own resumes. */
export const PRESENTED_TOKENS: PresentedToken[] = [
  { name: 'valid', make: (t, _c, channel) => t.issue(channel), resumes: true },
  {
    name: 'expired',
    make: (t, clock, channel) => {
      clock.at -= TOKEN_TTL_MS + 1000;
      const token = t.issue(channel);
      clock.at += TOKEN_TTL_MS + 1000;
      return token;
    },
    resumes: false,
  },
  { name: 'wrong channel', make: (t, _c, channel) => t.issue(other(channel)), resumes: false },
  {
    name: 'tampered payload',
    make: (t, _c, channel) =>
      t.issue(other(channel)).replace(`.${other(channel)}.`, `.${channel}.`),
    resumes: false,
  },
  {
    name: 'tampered signature',
    make: (t, _c, channel) => {
      const token = t.issue(channel);
      return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    },
    resumes: false,
  },
  {
    name: 'old format',
    make: (t, _c, channel) => {
      const id = t.issue(channel).slice(0, 36);
      return `${id}.${createHmac('sha256', TOKEN_SECRET).update(id).digest('base64url')}`;
    },
    resumes: false,
  },
  { name: 'garbage', make: () => 'alice', resumes: false },
];
