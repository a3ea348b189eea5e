import type { Answer } from './dialog/answer.ts';

/** One user message, as every channel hands it to the core. */
export interface Turn {
  /** The conversation it belongs to: chosen by the server or channel, never by the client. */
  conversation: string;
  text: string;
  /** Overrides the assistant's clock for this turn (the CLI's JSONL `now`). */
  now?: Date;
}

/** The whole core as channels see it: a turn goes in, an Answer comes out. */
export interface Assistant {
  ask(turn: Turn): Promise<Answer>;
}
