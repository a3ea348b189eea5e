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
import { messageText, renderWebex } from './renderWebex.ts';
import type { WebexApi } from './webexApi.ts';
import { parseWebexRequest, type WebexRequest } from './webexRequest.ts';
import { verifyWebexSignature } from './verifySignature.ts';

export const WEBEX_EVENTS_PATH = '/webex/events';

type WebexMessageRequest = Extract<WebexRequest, { kind: 'message' }>;

/**
 * A message posted longer ago than the replay window is not answered: Webex
 * bodies carry no timestamp, so this stops the replays the window forgot.
 */
export const MAX_MESSAGE_AGE_MS = REPLAY_WINDOW.ttlMs;

export interface WebexSettings {
  webhookSecret: string;
  /** Reads notified messages and posts replies (`webexRestApi` in production). */
  api: WebexApi;
  /** The bot's own person id when known; its messages are ignored (so are all `@webex.bot` senders). */
  botPersonId?: string | null;
}

/**
 * `POST /webex/events` (a `messages`/`created` webhook): raw body, signature
 * first, then JSON. A message already notified (same `data.id`: a replay, or a
 * second webhook) is acknowledged and not answered again; a new one is
 * acknowledged at once, then fetched, answered by the assistant and replied to
 * in its room (and thread). Every error is caught or logged.
 */
export function webexRouter({
  assistant,
  logger,
  settings,
  wallClock = systemClock,
  replays = memoryReplayGuard(REPLAY_WINDOW, wallClock),
  answers = new AnswersInFlight(logger),
}: MessagingDependencies<WebexSettings>): Router {
  const router = Router();
  const [readBody, onBodyError] = rawBody();
  /** Reads the notified message, asks the assistant, replies; runs after the acknowledgement. */
  const answer = async (request: WebexMessageRequest, requestId: string | undefined) => {
    const message = await settings.api.getMessage(request.messageId);
    const age = wallClock.now().getTime() - Date.parse(message.created ?? '');
    // A missing or unreadable `created` (NaN age) is answered on purpose: the message comes from
    // Webex's API with our token, so a replayer cannot strip its date, and refusing would silence
    // the bot if Webex ever omitted it. Only a readable date over the limit stops an answer.
    if (!Number.isNaN(age) && age > MAX_MESSAGE_AGE_MS) {
      logger.info(
        { messageId: message.id, created: message.created },
        'webex: message too old, not answered',
      );
      return;
    }
    const text = messageText(message.text, message.html);
    if (text === '') return;
    const parentId = message.parentId ?? undefined;
    await answerTurn(
      assistant,
      logger,
      {
        conversation: `webex:${request.roomId}:${request.personId}`,
        text,
        channel: 'webex',
        requestId,
      },
      (reply) =>
        settings.api.createMessage({
          roomId: request.roomId,
          ...renderWebex(reply),
          ...(parentId === undefined ? {} : { parentId }),
        }),
    );
  };
  router.post(WEBEX_EVENTS_PATH, readBody, onBodyError, async (req: Request, res: Response) => {
    try {
      const raw = bodyBytes(req.body);
      const check = verifyWebexSignature(
        settings.webhookSecret,
        singleHeader(req.headers['x-spark-signature']),
        raw,
      );
      if (check !== 'ok') {
        logger.warn({ check }, 'webex: request refused');
        return void res.status(401).json({ error: MESSAGING_MESSAGES.badSignature });
      }
      const request = parseWebexRequest(raw.toString('utf8'), settings.botPersonId ?? null);
      if (request === null) return void res.status(400).json({ error: MESSAGING_MESSAGES.badBody });
      if (request.kind === 'ignored') return void res.status(200).end();
      if (!(await replays.firstSeen(`webex:${request.messageId}`))) {
        logger.info(
          { messageId: request.messageId },
          'webex: already accepted, not answered again',
        );
        return void res.status(200).end();
      }
      res.status(200).end();
      const requestId = requestIdOf(req);
      answers.start('webex', () => answer(request, requestId));
    } catch (err) {
      logger.error({ err }, 'webex: request failed');
      if (!res.headersSent) res.status(500).end();
    }
  });
  return router;
}
