import { z } from 'zod';
import { defineChannel } from '../channel.ts';
import { renderWebex } from './renderWebex.ts';
import { webexRestApi } from './webexApi.ts';
import { webexRouter } from './webexRouter.ts';

/** Webex's settings: on when its token and webhook secret are set. */
export interface WebexChannelSettings {
  accessToken: string;
  webhookSecret: string;
  /** The REST API's base URL (`WEBEX_API_URL`; Webex's own by default). */
  apiUrl: string;
}

/** Webex (a `messages`/`created` webhook): `POST /webex/events`, replies in the room. */
export const webexChannel = defineChannel({
  name: 'webex',
  env: {
    WEBEX_ACCESS_TOKEN: z.string().min(20, 'au moins 20 caractères').optional(),
    WEBEX_WEBHOOK_SECRET: z.string().min(16, 'au moins 16 caractères').optional(),
    WEBEX_API_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'attendu une URL http(s)')
      .default('https://webexapis.com/v1/'),
  },
  together: [['WEBEX_ACCESS_TOKEN', 'WEBEX_WEBHOOK_SECRET']],
  settings(env): WebexChannelSettings | null {
    const { WEBEX_ACCESS_TOKEN: accessToken, WEBEX_WEBHOOK_SECRET: webhookSecret } = env;
    if (typeof accessToken !== 'string' || typeof webhookSecret !== 'string') return null;
    return { accessToken, webhookSecret, apiUrl: String(env.WEBEX_API_URL) };
  },
  routers: (settings, services) => [
    webexRouter({
      ...services,
      settings: {
        webhookSecret: settings.webhookSecret,
        api: webexRestApi({ accessToken: settings.accessToken, apiBaseUrl: settings.apiUrl }),
      },
    }),
  ],
  render: renderWebex,
});
