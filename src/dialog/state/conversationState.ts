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
  /**
   * How far the text of the last listing went in `lastList` ("voir plus" shows the next ones):
   * `shown` offers shown so far, `total` found (more than `lastList` holds when the listing was
   * longer than it remembers), `first` the list's first reference (a list set since by another
   * answer is not this one). Null when the last list was not a listing.
   */
  listing: { shown: number; total: number; first: string } | null;
}

export function emptyState(): ConversationState {
  return { focus: null, lastList: [], pendingIntent: null, lastIntent: null, listing: null };
}
