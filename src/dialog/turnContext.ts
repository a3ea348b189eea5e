import type { Catalog } from '../offers/catalog.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { ConversationState } from './state/conversationState.ts';
import type { Answer } from './answer.ts';

/** Everything a handler may read to answer one turn. */
export interface TurnContext {
  understanding: Understanding;
  catalog: Catalog;
  /** The Nouméa day of the turn (YYYY-MM-DD). */
  today: string;
  state: ConversationState;
}

/** A handler's reply and the conversation state after it. */
export interface TurnResult {
  answer: Answer;
  state: ConversationState;
}

export type Handler = (context: TurnContext) => TurnResult;
