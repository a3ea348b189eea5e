import { requestIdOf } from '../requestId.ts';
import { Router, type Request, type Response } from 'express';
import { answerTurn } from '../messaging/answerTurn.ts';
import { singleHeader } from '../messaging/constantTime.ts';
import { MESSAGING_MESSAGES } from '../messaging/messages.fr.ts';
import { bodyBytes, rawBody } from '../messaging/rawBody.ts';
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
 * first, then JSON, `url_verification`, retries and bot messages, then one
 * turn of the assistant answered in the same channel (and thread). Every
 * error is caught here: the process keeps serving.
 */
export function slackRouter({
  assistant,
  clock,
  logger,
  settings,
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
        now: clock.now(),
      });
      if (check !== 'ok') {
        logger.warn({ check }, 'slack: request refused');
        return void res.status(401).json({ error: MESSAGING_MESSAGES.badSignature });
      }
      const request = parseSlackRequest(raw.toString('utf8'));
      if (request === null) return void res.status(400).json({ error: MESSAGING_MESSAGES.badBody });
      if (request.kind === 'challenge') return void res.type('text/plain').send(request.challenge);
      if (req.headers['x-slack-retry-num'] !== undefined) {
        logger.info(
          { retry: req.headers['x-slack-retry-num'], reason: req.headers['x-slack-retry-reason'] },
          'slack: retry ignored',
        );
        return void res.status(200).end();
      }
      if (request.kind === 'ignored') return void res.status(200).end();
      const { team, channel, user, text, threadTs } = request;
      await answerTurn(
        assistant,
        logger,
        { conversation: `slack:${team}:${user}`, text, requestId: requestIdOf(req) },
        (answer) =>
          settings.sender.postMessage({
            channel,
            ...renderSlack(answer),
            ...(threadTs === null ? {} : { thread_ts: threadTs }),
          }),
      );
      res.status(200).end();
    } catch (err) {
      logger.error({ err }, 'slack: request failed');
      if (!res.headersSent) res.status(500).end();
    }
  });
  return router;
}
