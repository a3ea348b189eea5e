import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChannelName } from '../../src/assistant.ts';
import { CHANNELS, channelEnvShape, channelSettings } from '../../src/channels/channels.ts';
import type { Answer } from '../../src/dialog/answer.ts';

const ANSWER: Answer = {
  text: 'Voici les offres ouvertes à Nouméa.',
  offers: [],
  suggestions: [],
  quickReplies: ['Offres à Koné'],
  intent: 'offers.list',
};

describe('the channel table', () => {
  it('names each channel once, and those names are ChannelName', () => {
    const names = CHANNELS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(['cli', 'rest', 'slack', 'web', 'webex']);
    expectTypeOf<ChannelName>().toEqualTypeOf<'web' | 'rest' | 'cli' | 'slack' | 'webex'>();
  });

  it('gives each environment variable to one channel, prefixed with its name', () => {
    const owners = CHANNELS.flatMap((c) => Object.keys(c.env).map((key) => [key, c.name] as const));
    expect(owners.map(([key]) => key).sort()).toEqual(Object.keys(channelEnvShape).sort());
    for (const [key, name] of owners)
      expect(key.startsWith(`${name.toUpperCase()}_`), key).toBe(true);
    for (const c of CHANNELS)
      for (const pair of c.together)
        for (const key of pair) expect(Object.keys(c.env)).toContain(key);
  });

  it.each(CHANNELS.map((c) => [c.name, c] as const))("%s renders the answer's text", (_name, c) => {
    expect(JSON.stringify(c.render(ANSWER))).toContain('Voici les offres ouvertes');
  });

  it.each([
    { env: {}, on: ['web', 'rest', 'cli'] },
    {
      env: { SLACK_SIGNING_SECRET: 's'.repeat(16), SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'u' },
      on: ['web', 'rest', 'cli', 'slack'],
    },
    {
      env: { WEBEX_ACCESS_TOKEN: 't'.repeat(20), WEBEX_WEBHOOK_SECRET: 's'.repeat(16) },
      on: ['web', 'rest', 'cli', 'webex'],
    },
  ])('turns on $on from $env', ({ env, on }) => {
    const settings = channelSettings(env);
    expect(Object.keys(settings).filter((n) => settings[n as ChannelName] !== null)).toEqual(on);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, '- SLACK_SIGNING_SECRET : obligatoire avec SLACK_BOT_TOKEN'],
    [{ WEBEX_ACCESS_TOKEN: 't' }, '- WEBEX_WEBHOOK_SECRET : obligatoire avec WEBEX_ACCESS_TOKEN'],
  ])('refuses half a pair: %o', (env, line) => {
    expect(() => channelSettings(env)).toThrow(line);
  });
});
