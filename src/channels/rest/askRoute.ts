import { Router, json, type ErrorRequestHandler, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Assistant } from '../../assistant.ts';
import { MAX_TEXT_LENGTH } from '../../createAssistant.ts';
import type { ConversationTokens } from '../conversationTokens.ts';
import { restMessages } from './messages.fr.ts';
import { requestIdOf } from '../requestId.ts';

const AskBody = z.object({
  conversation: z.string().max(200).optional(),
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
 * The conversation is a server-issued token: omitted, a new one is issued;
 * forged or foreign, the request is refused.
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
    const conversation = body.data.conversation ?? tokens.issue();
    const id = tokens.verify(conversation);
    if (id === null) return void res.status(400).json({ error: restMessages.badConversation });
    const answer = await assistant.ask({
      conversation: `rest:${id}`,
      text,
      channel: 'rest',
      requestId: requestIdOf(req),
    });
    res.json({ conversation, ...answer });
  });
  return router;
}
