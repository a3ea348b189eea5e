import type { Router } from 'express';
import type { Assistant } from '../../assistant.ts';
import type { Clock } from '../../time/clock.ts';
import { slackRouter } from '../slack/slackRouter.ts';
import { slackWebApiSender } from '../slack/slackSender.ts';
import { webexRestApi } from '../webex/webexApi.ts';
import { webexRouter } from '../webex/webexRouter.ts';
import type { MessagingConfig } from './messagingConfig.ts';
import type { MessagingLogger } from './types.ts';

/**
 * The routers of the enabled messaging channels (`POST /slack/events`,
 * `POST /webex/events`), with their real API clients; none when disabled.
 */
export function messagingRouters(
  config: MessagingConfig,
  deps: { assistant: Assistant; clock: Clock; logger: MessagingLogger },
): Router[] {
  const routers: Router[] = [];
  if (config.slack) {
    const sender = slackWebApiSender({ botToken: config.slack.botToken });
    routers.push(
      slackRouter({ ...deps, settings: { signingSecret: config.slack.signingSecret, sender } }),
    );
  }
  if (config.webex) {
    const api = webexRestApi({ accessToken: config.webex.accessToken });
    routers.push(
      webexRouter({ ...deps, settings: { webhookSecret: config.webex.webhookSecret, api } }),
    );
  }
  return routers;
}
