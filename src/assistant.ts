import type { ChannelName } from './channels/channels.ts';
import type { Answer } from './dialog/answer.ts';

/** The channels that carry turns (for metrics and logs; the core answers them all alike): the table's names. */
export type { ChannelName };

/** One user message, as every channel hands it to the core. */
export interface Turn {
  /** The conversation it belongs to: chosen by the server or channel, never by the client. */
  conversation: string;
  text: string;
  /** Overrides the assistant's clock for this turn (the CLI's JSONL `now`). */
  now?: Date;
  /** The channel that carried it, set by the channel; unknown when absent. */
  channel?: ChannelName;
  /** The id of the HTTP request that carried it, when one did (for the logs). */
  requestId?: string;
}

/**
 * What the assistant tells its observer after each answered turn (metrics, logs,
 * learning). `text` is the user's message as read (capped): observers decide what
 * of it, if anything, they may keep.
 */
export interface TurnEvent {
  conversation: string;
  channel?: ChannelName;
  /** The id of the HTTP request that carried the turn, when one did. */
  requestId?: string;
  /** The intent of the answer given (`fallback` when nothing fitted). */
  intent: string;
  /** The classifier's confidence in the intent it understood (0 to 1). */
  confidence: number;
  /** The answer is the fallback ("je n'ai pas compris"). */
  fallback: boolean;
  /** From the call to the answer, waiting for the conversation's earlier turns included. */
  durationMs: number;
  text: string;
}

/** The whole core as channels see it: a turn goes in, an Answer comes out. */
export interface Assistant {
  ask(turn: Turn): Promise<Answer>;
}
