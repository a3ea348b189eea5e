/** What the assistant remembers of one conversation between turns. */
export interface ConversationState {
  /** The offer the conversation is about, by reference. */
  focus: string | null;
  /** The references of the last list shown, in the order shown. */
  lastList: string[];
  /** A field question waiting for the user to pick an offer (after a clarifying question). */
  pendingIntent: string | null;
  /** The intent of the last turn. */
  lastIntent: string | null;
}

export function emptyState(): ConversationState {
  return { focus: null, lastList: [], pendingIntent: null, lastIntent: null };
}
