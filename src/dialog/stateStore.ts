import type { ConversationState } from './conversationState.ts';
import type { Clock } from '../time/clock.ts';

/** Where conversation states live between turns (memory here; Redis for several instances). */
export interface StateStore {
  get(conversation: string): Promise<ConversationState | undefined>;
  set(conversation: string, state: ConversationState): Promise<void>;
}

export interface MemoryStoreOptions {
  /** Forget a conversation idle this long. */
  ttlMs: number;
  /** Keep at most this many conversations; the least recently used goes first. */
  maxConversations: number;
  clock: Clock;
}

/**
 * A bounded in-memory store: a Map kept in least-recently-used order, with
 * an idle time-out, so memory stays flat however many people chat.
 */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, { state: ConversationState; touchedAt: number }>();

  constructor(private readonly options: MemoryStoreOptions) {}

  get size(): number {
    return this.entries.size;
  }

  async get(conversation: string): Promise<ConversationState | undefined> {
    const entry = this.entries.get(conversation);
    if (entry === undefined) return undefined;
    if (this.options.clock.now().getTime() - entry.touchedAt > this.options.ttlMs) {
      this.entries.delete(conversation);
      return undefined;
    }
    return structuredClone(entry.state);
  }

  async set(conversation: string, state: ConversationState): Promise<void> {
    this.entries.delete(conversation);
    this.entries.set(conversation, { state: structuredClone(state), touchedAt: this.options.clock.now().getTime() });
    while (this.entries.size > this.options.maxConversations) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
