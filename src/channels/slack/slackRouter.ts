import { requestIdOf } from '../requestId.ts';
import { Router, type Request, type Response } from 'express';
import { systemClock } from '../../time/clock.ts';
import { AnswersInFlight } from '../messaging/answersInFlight.ts';
import { answerTurn } from '../messaging/answerTurn.ts';
import { singleHeader } from '../messaging/constantTime.ts';
import { MESSAGING_MESSAGES } from '../messaging/messages.fr.ts';
import { bodyBytes, rawBody } from '../messaging/rawBody.ts';
import { memoryReplayGuard, REPLAY_WINDOW } from '../messaging/replayGuard.ts';
import type { MessagingDependencies } from '../messaging/types.ts';
import { renderSlack } from './renderSlack.ts';
import { parseSlackRequest } from './slackRequest.ts';
import type { SlackSender } from './slackSender.ts';
import { verifySlackSignature } from './verifySignature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackSettings {
  signingSecret: string;
  /** Where replies are posted (`slackWebApiSender` in production). */
  sender: SlackSender;
}

/**
 * `POST /slack/events` (Events API and interactivity): raw body, signature
 * first (on the wall clock), then JSON, `url_verification` and bot messages;
 * an event already accepted (a replay, or Slack retrying) is acknowledged and
 * not answered again. A new event is acknowledged at once (Slack retries after
 * 3 s) and answered afterwards, in the same channel (and thread), by one turn
 * of the assistant. Every error is caught or logged: the process keeps serving.
 */
export function slackRouter({
  assistant,
  logger,
  settings,
  wallClock = systemClock,
  replays = memoryReplayGuard(REPLAY_WINDOW, wallClock),
  answers = new AnswersInFlight(logger),
}: MessagingDependencies<SlackSettings>): Router {
  const router = Router();
  const [readBody, onBodyError] = rawBody();
  router.post(SLACK_EVENTS_PATH, readBody, onBodyError, async (req: Request, res: Response) => {
    try {
      const raw = bodyBytes(req.body);
      const check = verifySlackSignature({
        signingSecret: settings.signingSecret,
        timestamp: singleHeader(req.headers['x-slack-request-timestamp']),
        signature: singleHeader(req.headers['x-slack-signature']),
        rawBody: raw,
        now: wallClock.now(),
      });
      if (check !== 'ok') {
        logger.warn({ check }, 'slack: request refused');
        return void res.status(401).json({ error: MESSAGING_MESSAGES.badSignature });
      }
      const request = parseSlackRequest(raw.toString('utf8'));
      if (request === null) return void res.status(400).json({ error: MESSAGING_MESSAGES.badBody });
      if (request.kind === 'challenge') return void res.type('text/plain').send(request.challenge);
      if (request.kind === 'ignored') return void res.status(200).end();
      if (!(await replays.firstSeen(`slack:${request.key}`))) {
        const retry = singleHeader(req.headers['x-slack-retry-num']);
        const reason = singleHeader(req.headers['x-slack-retry-reason']);
        logger.info(
          { key: request.key, retry, reason },
          'slack: already accepted, not answered again',
        );
        return void res.status(200).end();
      }
      res.status(200).end();
      const { team, channel, user, text, threadTs } = request;
      const turn = {
        conversation: `slack:${team}:${user}`,
        text,
        channel: 'slack' as const,
        requestId: requestIdOf(req),
      };
      answers.start('slack', async () => {
        await answerTurn(assistant, logger, turn, (answer) =>
          settings.sender.postMessage({
            channel,
            ...renderSlack(answer),
            ...(threadTs === null ? {} : { thread_ts: threadTs }),
          }),
        );
      });
    } catch (err) {
      logger.error({ err }, 'slack: request failed');
      if (!res.headersSent) res.status(500).end();
    }
  });
  return router;
}
