import {
  Router,
  json,
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { z } from 'zod';
import type { Assistant } from '../../assistant.ts';
import { MAX_TEXT_LENGTH } from '../../createAssistant.ts';
import type { ConversationTokens } from '../conversationTokens.ts';
import type { OfferCard } from '../../dialog/answer.ts';
import type { FeedbackLog } from '../../dialog/learning/feedbackLog.ts';
import type { Catalog } from '../../offers/catalog.ts';
import { sendApiError } from './apiError.ts';
import { restMessages } from './messages.fr.ts';
import { offerPageUrl } from './offerPage.ts';
import { requestIdOf } from '../requestId.ts';

const AskBody = z.object({
  conversation: z.string().optional(),
  text: z.string(),
});

/** The media types a JSON body may be sent as. */
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * Parses JSON bodies of a few KB at most: a body of another type gets 415, a body too large 413,
 * one that is not JSON 400, each with its error code.
 */
export function jsonBody(limit = '4kb') {
  const onlyJson: RequestHandler = (req, res, next) =>
    req.is(JSON_TYPES) === false
      ? sendApiError(res, 415, 'unsupported_media_type', restMessages.unsupportedType)
      : next();
  const parse = json({ limit, strict: true });
  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed')
      sendApiError(res, 400, 'invalid_json', restMessages.invalidJson);
    else if (type === 'entity.too.large')
      sendApiError(res, 413, 'payload_too_large', restMessages.tooLarge);
    else next(error);
  };
  return [onlyJson, parse, onError] as const;
}

/**
 * A card with its page's URL, its communes (the catalog's) and its official document's URL
 * (null when none), for programs that link or map it.
 */
function linkedCard(card: OfferCard, req: Request, catalog: Catalog | null) {
  const entry = catalog?.byRef(card.reference);
  return {
    ...card,
    url: offerPageUrl(req, card.reference),
    communes: entry?.communes.map((c) => c.name) ?? [],
    documentUrl: entry?.offer.documentUrl ?? null,
  };
}

/**
 * `POST /api/ask` `{conversation?, text}` → `{conversation, text, offers, suggestions, quickReplies}`.
 * The conversation is a token this API issued: a valid one continues its conversation; omitted,
 * expired, forged or another channel's, a fresh one is issued (never the identity it names). The
 * client sends the `conversation` of the last answer with its next question. Each offer and
 * suggestion carries its page's `url` and its `communes`, from `catalog` (none without one).
 * With `feedback`, each answer carries an `answerId` for `POST /api/feedback` (none when its
 * question scrubs to nothing).
 */
export function askRouter(
  assistant: Assistant,
  tokens: ConversationTokens,
  catalog: () => Catalog | null = () => null,
  feedback?: FeedbackLog,
): Router {
  const router = Router();
  router.post('/api/ask', ...jsonBody(), async (req: Request, res: Response) => {
    const body = AskBody.safeParse(req.body);
    const text = body.success ? body.data.text.trim() : '';
    if (!body.success || text === '')
      return sendApiError(res, 400, 'text_required', restMessages.missingText);
    if (text.length > MAX_TEXT_LENGTH)
      return sendApiError(res, 400, 'text_too_long', restMessages.textTooLong(MAX_TEXT_LENGTH));
    const given = body.data.conversation;
    const resumed = given === undefined ? null : tokens.verify(given, 'rest');
    const identity =
      resumed === null ? tokens.issueIdentity('rest') : { id: resumed, token: given as string };
    const conversation = `rest:${identity.id}`;
    const answer = await assistant.ask({
      conversation,
      text,
      channel: 'rest',
      requestId: requestIdOf(req),
    });
    const served = catalog();
    const answerId = feedback?.remember({ conversation, text, intent: answer.intent }) ?? null;
    res.json({
      conversation: identity.token,
      ...(answerId === null ? {} : { answerId }),
      ...answer,
      offers: answer.offers.map((card) => linkedCard(card, req, served)),
      suggestions: answer.suggestions.map((card) => linkedCard(card, req, served)),
    });
  });
  return router;
}
