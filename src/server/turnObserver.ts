import type { Logger } from 'pino';
import type { TurnEvent } from '../assistant.ts';
import type { UnansweredLog } from '../dialog/learning/unansweredLog.ts';
import type { Metrics } from './metrics.ts';

export interface TurnObserverOptions {
  logger: Pick<Logger, 'info'>;
  metrics: Metrics;
  unanswered: UnansweredLog;
  /** `LOG_USER_TEXT`: put the message in the turn log line. */
  logUserText: boolean;
}

/**
 * The server's `onTurn`: one log line per turn (request id when the turn came
 * over HTTP, conversation, channel, intent, confidence, duration; the text only
 * with `LOG_USER_TEXT`), the turn metrics, and the learning log (scrubbed).
 */
export function turnObserver({
  logger,
  metrics,
  unanswered,
  logUserText,
}: TurnObserverOptions): (event: TurnEvent) => void {
  return (event) => {
    metrics.observeTurn(event);
    const learned = unanswered.record(event) !== null;
    logger.info(
      {
        reqId: event.requestId,
        conversation: event.conversation,
        channel: event.channel ?? 'unknown',
        intent: event.intent,
        confidence: Math.round(event.confidence * 1000) / 1000,
        fallback: event.fallback,
        learned,
        durationMs: Math.round(event.durationMs * 10) / 10,
        ...(logUserText ? { text: event.text } : {}),
      },
      'tour',
    );
  };
}
