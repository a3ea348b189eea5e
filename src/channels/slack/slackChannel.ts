import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { renderSlack } from './renderSlack.ts';
import { slackRouter } from './slackRouter.ts';
import { slackWebApiSender } from './slackSender.ts';

/** Slack's settings: on when both its secrets are set. */
export interface SlackChannelSettings {
  signingSecret: string;
  botToken: string;
  /** The Web API's base URL (`SLACK_API_URL`; Slack's own by default). */
  apiUrl: string;
}

/** Slack (Events API): `POST /slack/events`, replies through `chat.postMessage`. */
export const slackChannel = defineChannel({
  name: 'slack',
  env: {
    SLACK_SIGNING_SECRET: z.string().min(16, 'au moins 16 caractères').optional(),
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xox[a-z]-\S+$/, 'attendu xoxb-…')
      .optional(),
    SLACK_API_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'attendu une URL http(s)')
      .default('https://slack.com/api/'),
  },
  together: [['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN']],
  settings(env): SlackChannelSettings | null {
    const { SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: botToken } = env;
    if (typeof signingSecret !== 'string' || typeof botToken !== 'string') return null;
    return { signingSecret, botToken, apiUrl: String(env.SLACK_API_URL) };
  },
  routers: (settings, services) => [
    slackRouter({
      ...services,
      settings: {
        signingSecret: settings.signingSecret,
        sender: slackWebApiSender({ botToken: settings.botToken, apiBaseUrl: settings.apiUrl }),
      },
    }),
  ],
  render: renderSlack,
});
