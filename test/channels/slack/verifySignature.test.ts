import { describe, expect, it } from 'vitest';
import {
  slackSignature,
  verifySlackSignature,
} from '../../../src/channels/slack/verifySignature.ts';

// The worked example of Slack's "Verifying requests from Slack" documentation.
const DOC = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const at = (seconds: number) => new Date(seconds * 1000);

describe('verifySlackSignature', () => {
  const base = {
    signingSecret: DOC.secret,
    timestamp: DOC.timestamp,
    signature: DOC.signature,
    rawBody: Buffer.from(DOC.body),
    now: at(1531420618),
  };

  it("matches Slack's documented example", () => {
    expect(slackSignature(DOC.secret, DOC.timestamp, Buffer.from(DOC.body))).toBe(DOC.signature);
    expect(verifySlackSignature(base)).toBe('ok');
  });

  it.each([
    ['no signature', { signature: null }, 'missing'],
    ['no timestamp', { timestamp: null }, 'missing'],
    ['empty signature', { signature: '' }, 'missing'],
    ['short signature', { signature: 'v0=a2114d57' }, 'malformed'],
    ['v1 scheme', { signature: DOC.signature.replace('v0=', 'v1=') }, 'malformed'],
    ['timestamp not a number', { timestamp: '1531420618.5' }, 'malformed'],
    ['one digit changed', { signature: `${DOC.signature.slice(0, -1)}4` }, 'invalid'],
    ['another body', { rawBody: Buffer.from(`${DOC.body}&x=1`) }, 'invalid'],
    ['another secret', { signingSecret: 'autre' }, 'invalid'],
    ['5 min 1 s later', { now: at(1531420618 + 301) }, 'stale'],
    ['5 min 1 s earlier', { now: at(1531420618 - 301) }, 'stale'],
  ] as const)('%s → %s', (_name, change, expected) => {
    expect(verifySlackSignature({ ...base, ...change })).toBe(expected);
  });

  it('accepts exactly 5 minutes of skew and upper-case hex', () => {
    expect(verifySlackSignature({ ...base, now: at(1531420618 + 300) })).toBe('ok');
    expect(
      verifySlackSignature({ ...base, signature: `v0=${DOC.signature.slice(3).toUpperCase()}` }),
    ).toBe('ok');
  });
});
