import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { messagingRouters } from '../../../src/channels/messaging/routers.ts';
import { createApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';
import { recordingLogger } from './fakeApi.ts';

const SLACK = { SLACK_SIGNING_SECRET: 'a'.repeat(32), SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };
const WEBEX = { WEBEX_ACCESS_TOKEN: 'w'.repeat(40), WEBEX_WEBHOOK_SECRET: 's'.repeat(16) };

describe('messaging configuration', () => {
  it('disables both channels by default', () => {
    expect(loadConfig({})).toMatchObject({ slack: null, webex: null });
  });

  it('enables a channel when both of its values are set', () => {
    expect(loadConfig({ ...SLACK, ...WEBEX })).toMatchObject({
      slack: { signingSecret: SLACK.SLACK_SIGNING_SECRET, botToken: SLACK.SLACK_BOT_TOKEN },
      webex: { accessToken: WEBEX.WEBEX_ACCESS_TOKEN, webhookSecret: WEBEX.WEBEX_WEBHOOK_SECRET },
    });
  });

  it.each([
    [
      { SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET },
      /SLACK_BOT_TOKEN : obligatoire avec SLACK_SIGNING_SECRET/,
    ],
    [{ WEBEX_WEBHOOK_SECRET: WEBEX.WEBEX_WEBHOOK_SECRET }, /WEBEX_ACCESS_TOKEN : obligatoire/],
    [{ ...SLACK, SLACK_BOT_TOKEN: 'abc' }, /SLACK_BOT_TOKEN : attendu xoxb/],
    [{ ...SLACK, SLACK_SIGNING_SECRET: 'court' }, /SLACK_SIGNING_SECRET : au moins 16/],
    [{ ...WEBEX, WEBEX_WEBHOOK_SECRET: 'court' }, /WEBEX_WEBHOOK_SECRET : au moins 16/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('messaging routes', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = await seedAssistant('2025-06-05');
  });
  const appFor = (env: Record<string, string>) => {
    const routers = messagingRouters(loadConfig(env), {
      assistant,
      clock: fixedClock('2025-06-05'),
      logger: recordingLogger(),
    });
    return createApp({ assistant, config: { sessionSecret: null, trustProxy: false }, routers });
  };

  it('are absent when disabled', async () => {
    const app = appFor({});
    expect((await request(app).post('/slack/events').send('{}')).status).toBe(404);
    expect((await request(app).post('/webex/events').send('{}')).status).toBe(404);
  });

  it('are present, and refuse unsigned requests, when enabled', async () => {
    const app = appFor({ ...SLACK, ...WEBEX });
    expect((await request(app).post('/slack/events').send('{}')).status).toBe(401);
    expect((await request(app).post('/webex/events').send('{}')).status).toBe(401);
  });
});
