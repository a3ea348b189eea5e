import type { Assistant, Turn } from './assistant.ts';
import type { Answer } from './dialog/answer.ts';
import { emptyState } from './dialog/conversationState.ts';
import { respond } from './dialog/respond.ts';
import { MemoryStateStore, type StateStore } from './dialog/stateStore.ts';
import type { Catalog } from './offers/catalog.ts';
import { loadCatalog } from './offers/loadCatalog.ts';
import { trainClassifier } from './nlu/classifier.ts';
import { loadIntentCorpus } from './nlu/intentCorpus.ts';
import { createUnderstander } from './nlu/understand.ts';
import type { Clock } from './time/clock.ts';
import { todayInNoumea } from './time/noumea.ts';

/** Longest message the assistant reads; channels refuse longer ones before this. */
export const MAX_TEXT_LENGTH = 500;

export interface AssistantOptions {
  /** Folder of offer documents (`data/offers`, or any folder with `.md`/`.txt` AVP). */
  dataDir: string;
  /** Folder of the intent corpus; `intents` by default. */
  intentsDir?: string;
  clock: Clock;
  /** Conversation states; a bounded in-memory store by default. */
  store?: StateStore;
}

export interface LoadedAssistant extends Assistant {
  /** The catalog in service (for status and metrics). */
  catalog(): Catalog;
}

/**
 * Loads the catalog and the intent corpus, trains the classifier, and returns
 * the channel-neutral assistant.
 *
 * @example
 * const assistant = await createAssistant({ dataDir: 'data/offers', clock: fixedClock('2025-06-05') });
 * (await assistant.ask({ conversation: 'c1', text: 'quels postes sont ouverts à Nouméa ?' })).offers[0].reference;
 * // '3134-25-0699/SR'
 */
export async function createAssistant(options: AssistantOptions): Promise<LoadedAssistant> {
  const { clock } = options;
  const catalog = await loadCatalog(options.dataDir, clock.now());
  const understand = createUnderstander(trainClassifier(loadIntentCorpus(options.intentsDir ?? 'intents')));
  const store = options.store ?? new MemoryStateStore({ ttlMs: 60 * 60 * 1000, maxConversations: 10_000, clock });

  return {
    catalog: () => catalog,
    async ask(turn: Turn): Promise<Answer> {
      const text = turn.text.slice(0, MAX_TEXT_LENGTH);
      const today = todayInNoumea(turn.now ?? clock.now());
      const state = (await store.get(turn.conversation)) ?? emptyState();
      const result = respond({ understanding: understand(text), catalog, today, state });
      await store.set(turn.conversation, result.state);
      return result.answer;
    },
  };
}
