import type { Query } from './query/query.ts';

/** What the understanding stage makes of one message. */
export interface Understanding {
  /** The message as received (capped, addresses removed). */
  text: string;
  /** Its normalised words. */
  words: string[];
  /** The intent chosen, or `fallback` when nothing is confident enough. */
  intent: string;
  confidence: number;
  /** What the message names and asks, built by the extractors (`nlu/query/extractors.ts`). */
  query: Query;
}
