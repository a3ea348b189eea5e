import { emptyState, type ConversationState } from './conversationState.ts';
import { CREATE_ONLY, StorageConflictError, type Storage } from './storage.ts';

/** A conversation's state as read, with the eTag to write it back. */
export interface LoadedState {
  state: ConversationState;
  eTag: string | undefined;
  /** False when the storage could not be read: the turn goes on without context. */
  available: boolean;
}

export type SaveOutcome = 'saved' | 'conflict' | 'failed';

const KEY_PREFIX = 'conversation/';

/**
 * Conversation states on any botbuilder-style Storage. A storage failure
 * never fails a turn: it is reported and the turn runs without context.
 */
export class StateStore {
  constructor(
    private readonly storage: Storage,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async load(conversation: string): Promise<LoadedState> {
    try {
      const key = KEY_PREFIX + conversation;
      const item = (await this.storage.read([key]))[key];
      if (item === undefined) return { state: emptyState(), eTag: undefined, available: true };
      return {
        state: { ...emptyState(), ...(item.state as Partial<ConversationState>) },
        eTag: item.eTag ?? '*',
        available: true,
      };
    } catch (error) {
      this.onError(error);
      return { state: emptyState(), eTag: undefined, available: false };
    }
  }

  /** Writes a state if nobody wrote it since it was loaded (`eTag`); a new conversation is created once. */
  async save(
    conversation: string,
    state: ConversationState,
    eTag: string | undefined,
  ): Promise<SaveOutcome> {
    try {
      await this.storage.write({
        [KEY_PREFIX + conversation]: { state, eTag: eTag ?? CREATE_ONLY },
      });
      return 'saved';
    } catch (error) {
      if (error instanceof StorageConflictError) return 'conflict';
      this.onError(error);
      return 'failed';
    }
  }
}
