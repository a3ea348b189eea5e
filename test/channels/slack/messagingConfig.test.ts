import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import { channelRouters } from '../../../src/channels/channels.ts';
import { createApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { slackSignature } from '../../../src/channels/slack/verifySignature.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';
import { recordingLogger } from './fakeApi.ts';

const SLACK = { SLACK_SIGNING_SECRET: 'a'.repeat(32), SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };
const WEBEX = { WEBEX_ACCESS_TOKEN: 'w'.repeat(40), WEBEX_WEBHOOK_SECRET: 's'.repeat(16) };

let assistant: Awaited<ReturnType<typeof seedAssistant>>;
beforeAll(async () => {
  assistant = await seedAssistant('2025-06-05');
});

/** The channels' routes as the server mounts them, from the configuration. */
function routersOf(config: ReturnType<typeof loadConfig>) {
  const deps = { logger: recordingLogger(), clock: fixedClock('2025-06-05') };
  return channelRouters(config.channels, {
    assistant,
    catalog: () => assistant.catalog(),
    ...deps,
  });
}

describe('messaging configuration', () => {
  it('disables both channels by default', () => {
    expect(loadConfig({}).channels).toMatchObject({ slack: null, webex: null });
  });

  it('enables a channel when both of its values are set, on the real APIs by default', () => {
    expect(loadConfig({ ...SLACK, ...WEBEX }).channels).toMatchObject({
      slack: {
        signingSecret: SLACK.SLACK_SIGNING_SECRET,
        botToken: SLACK.SLACK_BOT_TOKEN,
        apiUrl: 'https://slack.com/api/',
      },
      webex: {
        accessToken: WEBEX.WEBEX_ACCESS_TOKEN,
        webhookSecret: WEBEX.WEBEX_WEBHOOK_SECRET,
        apiUrl: 'https://webexapis.com/v1/',
      },
    });
  });

  it('takes the API base URLs given', () => {
    const env = { ...SLACK, ...WEBEX, SLACK_API_URL: 'http://127.0.0.1:9/api/' };
    expect(loadConfig({ ...env, WEBEX_API_URL: 'http://127.0.0.1:9/v1' }).channels).toMatchObject({
      slack: { apiUrl: 'http://127.0.0.1:9/api/' },
      webex: { apiUrl: 'http://127.0.0.1:9/v1' },
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
    [{ ...SLACK, SLACK_API_URL: 'slack.com/api' }, /SLACK_API_URL : attendu une URL http\(s\)/],
    [{ ...WEBEX, WEBEX_API_URL: 'ftp://x' }, /WEBEX_API_URL : attendu une URL http\(s\)/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('messaging routes', () => {
  const appFor = (env: Record<string, string>) => {
    const routers = routersOf(loadConfig(env));
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

describe('Slack signature window with BOT_NOW set', () => {
  const config = loadConfig({ ...SLACK, BOT_NOW: '2025-06-05' });
  const botNow = Math.floor((config.now as Date).getTime() / 1000);
  const challenge = JSON.stringify({ type: 'url_verification', challenge: 'abc123' });

  // The production wiring: no wall clock given, so the system's; no reply is posted for a challenge.
  it.each([
    { name: 'signed at the pinned day', at: () => botNow, status: 401 },
    { name: 'signed 10 minutes after the pinned day', at: () => botNow + 600, status: 401 },
    { name: 'signed now (real time)', at: () => Math.floor(Date.now() / 1000), status: 200 },
  ])('$name → $status', async ({ at, status }) => {
    const app = createApp({
      assistant,
      config: { sessionSecret: null, trustProxy: false },
      routers: routersOf(config),
    });
    const ts = String(at());
    const res = await request(app)
      .post('/slack/events')
      .set('content-type', 'application/json')
      .set('x-slack-request-timestamp', ts)
      .set(
        'x-slack-signature',
        slackSignature(SLACK.SLACK_SIGNING_SECRET, ts, Buffer.from(challenge)),
      )
      .send(challenge);
    expect(res.status).toBe(status);
  });
});
