import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { type FeedbackLog, VOTES, type Vote } from '../../dialog/learning/feedbackLog.ts';
import type { ConversationTokens } from '../conversationTokens.ts';
import { sendApiError } from './apiError.ts';
import { jsonBody } from './askRoute.ts';
import { restMessages } from './messages.fr.ts';

/** Longest answer id read (ids are 22 characters; room for a later format). */
export const MAX_ANSWER_ID_LENGTH = 64;

const FeedbackBody = z.object({
  conversation: z.string().max(200),
  answerId: z.string().min(1).max(MAX_ANSWER_ID_LENGTH),
  vote: z.enum(VOTES as [Vote, ...Vote[]]),
});

/**
 * `POST /api/feedback` `{conversation, answerId, vote}` → `{answerId, vote}`: 👍 (`up`) or 👎
 * (`down`) on an answer of `/api/ask`, one vote per answer, a later vote replacing the earlier.
 * The answer must be one given to the conversation the token names: an answer of another
 * conversation, an expired or forged token and an unknown id all get the same 404.
 */
export function feedbackRouter(tokens: ConversationTokens, feedback: FeedbackLog): Router {
  const router = Router();
  router.post('/api/feedback', ...jsonBody(), (req: Request, res: Response) => {
    const body = FeedbackBody.safeParse(req.body);
    if (!body.success)
      return sendApiError(res, 400, 'invalid_feedback', restMessages.invalidFeedback);
    const { conversation, answerId, vote } = body.data;
    const id = tokens.verify(conversation, 'rest');
    if (id === null || feedback.vote(`rest:${id}`, answerId, vote) === 'unknown')
      return sendApiError(res, 404, 'unknown_answer', restMessages.unknownAnswer);
    res.json({ answerId, vote });
  });
  return router;
}
