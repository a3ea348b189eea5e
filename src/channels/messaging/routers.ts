import type { Router } from 'express';
import type { Assistant } from '../../assistant.ts';
import type { Storage } from '../../dialog/state/storage.ts';
import { type Clock, systemClock } from '../../time/clock.ts';
import { slackRouter } from '../slack/slackRouter.ts';
import { slackWebApiSender } from '../slack/slackSender.ts';
import { webexRestApi } from '../webex/webexApi.ts';
import { webexRouter } from '../webex/webexRouter.ts';
import { AnswersInFlight } from './answersInFlight.ts';
import type { MessagingConfig } from './messagingConfig.ts';
import { memoryReplayGuard, REPLAY_WINDOW, sharedReplayGuard } from './replayGuard.ts';
import type { MessagingLogger } from './types.ts';

export interface MessagingRoutersDependencies {
  assistant: Assistant;
  logger: MessagingLogger;
  /** Sees each answer run after its acknowledgement, so shutdown waits for it (the drain's `hold`). */
  hold?: (work: Promise<void>) => void;
  /** The conversation storage when several instances share it (Redis): their replay windows are then one. */
  sharedStorage?: Storage | null;
  /** The real time for security checks; the system clock unless a test pins it. */
  wallClock?: Clock;
}

/**
 * The routers of the enabled messaging channels (`POST /slack/events`,
 * `POST /webex/events`), with their real API clients; none when disabled.
 * Both share one replay window and one set of answers in flight.
 */
export function messagingRouters(
  config: MessagingConfig,
  {
    assistant,
    logger,
    hold,
    sharedStorage = null,
    wallClock = systemClock,
  }: MessagingRoutersDependencies,
): Router[] {
  const local = memoryReplayGuard(REPLAY_WINDOW, wallClock);
  const deps = {
    assistant,
    logger,
    wallClock,
    replays: sharedStorage === null ? local : sharedReplayGuard(sharedStorage, local, logger),
    answers: new AnswersInFlight(logger, hold),
  };
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
