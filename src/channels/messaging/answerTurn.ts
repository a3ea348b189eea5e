import type { Assistant, ChannelName } from '../../assistant.ts';
import type { Answer } from '../../dialog/answer.ts';
import { MESSAGING_MESSAGES } from './messages.fr.ts';
import type { MessagingLogger } from './types.ts';

/** One incoming user message, already authenticated and parsed by its channel. */
export interface MessagingTurn {
  /** `<channel>:<team or room>:<user>`, built by the channel from the verified event. */
  conversation: string;
  text: string;
  /** The channel that carried it: stamped on the turn (metrics, logs). */
  channel: ChannelName;
  /** The HTTP request (the platform's webhook call) that carried it. */
  requestId?: string;
}

/** Sends the rendering of an answer (or of the apology) back to the user. */
export type Reply = (answer: Answer) => Promise<void>;

/** What happened to a turn, for the route's logs and tests. */
export type TurnOutcome = 'answered' | 'failed';

/**
 * Asks the assistant and replies. Never throws: a failing turn is logged and
 * answered with an apology; a failing apology is only logged.
 */
export async function answerTurn(
  assistant: Assistant,
  logger: MessagingLogger,
  turn: MessagingTurn,
  reply: Reply,
): Promise<TurnOutcome> {
  const { channel } = turn;
  try {
    const answer = await assistant.ask(turn);
    await reply(answer);
    logger.info(
      { channel, intent: answer.intent, offers: answer.offers.length },
      `${channel}: answered`,
    );
    return 'answered';
  } catch (err) {
    logger.error({ err, channel }, `${channel}: turn failed`);
    const apology: Answer = {
      text: MESSAGING_MESSAGES.turnError,
      offers: [],
      suggestions: [],
      quickReplies: [],
      intent: 'error',
    };
    await reply(apology).catch((sendErr: unknown) =>
      logger.error({ err: sendErr, channel }, `${channel}: apology failed`),
    );
    return 'failed';
  }
}
