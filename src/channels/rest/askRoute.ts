import { Router, json, type ErrorRequestHandler, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Assistant } from '../../assistant.ts';
import { MAX_TEXT_LENGTH } from '../../createAssistant.ts';
import type { ConversationTokens } from '../conversationTokens.ts';
import { restMessages } from './messages.fr.ts';
import { requestIdOf } from '../requestId.ts';

const AskBody = z.object({
  conversation: z.string().optional(),
  text: z.string(),
});

/** Parses JSON bodies of a few KB at most and turns their errors into short French 400s. */
export function jsonBody(limit = '4kb') {
  const parse = json({ limit, strict: true });
  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed') res.status(400).json({ error: restMessages.invalidJson });
    else if (type === 'entity.too.large') res.status(413).json({ error: restMessages.tooLarge });
    else next(error);
  };
  return [parse, onError] as const;
}

/**
 * `POST /api/ask` `{conversation?, text}` → `{conversation, text, offers, suggestions, quickReplies}`.
 * The conversation is a token this API issued: a valid one continues its conversation; omitted,
 * expired, forged or another channel's, a fresh one is issued (never the identity it names). The
 * client sends the `conversation` of the last answer with its next question.
 */
export function askRouter(assistant: Assistant, tokens: ConversationTokens): Router {
  const router = Router();
  const [parseJson, onJsonError] = jsonBody();
  router.post('/api/ask', parseJson, onJsonError, async (req: Request, res: Response) => {
    const body = AskBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: restMessages.missingText });
    const text = body.data.text.trim();
    if (text === '') return void res.status(400).json({ error: restMessages.missingText });
    if (text.length > MAX_TEXT_LENGTH)
      return void res.status(400).json({ error: restMessages.textTooLong(MAX_TEXT_LENGTH) });
    const given = body.data.conversation;
    const resumed = given === undefined ? null : tokens.verify(given, 'rest');
    const identity =
      resumed === null ? tokens.issueIdentity('rest') : { id: resumed, token: given as string };
    const answer = await assistant.ask({
      conversation: `rest:${identity.id}`,
      text,
      channel: 'rest',
      requestId: requestIdOf(req),
    });
    res.json({ conversation: identity.token, ...answer });
  });
  return router;
}
