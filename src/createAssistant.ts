import type { Assistant, Turn, TurnEvent } from './assistant.ts';
import type { Answer } from './dialog/answer.ts';
import { respond } from './dialog/respond.ts';
import { BoundedMemoryStorage } from './dialog/state/boundedMemoryStorage.ts';
import type { Storage } from './dialog/state/storage.ts';
import { StateStore } from './dialog/state/stateStore.ts';
import { TurnQueue } from './dialog/state/turnQueue.ts';
import type { Catalog } from './offers/catalog.ts';
import { loadCatalog } from './offers/loadCatalog.ts';
import { trainClassifier } from './nlu/classifier.ts';
import { loadIntentCorpus } from './nlu/intentCorpus.ts';
import { createUnderstander } from './nlu/understand.ts';
import { predicateOf } from './nlu/query/datePredicate.ts';
import type { Understanding } from './nlu/understanding.ts';
import { findDateRangeAsync, type DateRecognizer } from './nlu/dates/findDateRangeAsync.ts';
import { mayHoldDate } from './nlu/dates/prefilter.ts';
import type { Clock } from './time/clock.ts';
import { todayInNoumea } from './time/noumea.ts';

/** Longest message the assistant reads; channels refuse longer ones before this. */
export const MAX_TEXT_LENGTH = 500;

/** Where the assistant reads the catalog in service at each turn (swapped whole on reload). */
export interface CatalogSource {
  current(): Catalog;
}

/** A turn that lost a race on its conversation's state is replayed on the fresh state, at most this often. */
const MAX_ATTEMPTS = 3;

export interface AssistantOptions {
  /** Folder of offer documents (`data/offers`, or any folder with `.md`/`.txt` AVP), loaded once. */
  dataDir?: string;
  /** A live catalog instead of `dataDir` (the server's, reloaded when files change). */
  catalog?: CatalogSource;
  /** Folder of the intent corpus; `intents` by default. */
  intentsDir?: string;
  clock: Clock;
  /** Where conversation states live (botbuilder's Storage interface); bounded memory by default. */
  storage?: Storage;
  /** Told when the storage fails (the turn then runs without context). */
  onStorageError?: (error: unknown) => void;
  /** Told after each answered turn (metrics, logs, learning); keeps the core free of them. Its errors are ignored. */
  onTurn?: (event: TurnEvent) => void;
  /**
   * Asked for the dates the French layer leaves, when the question looks date-ish (the server
   * passes the recognizer worker, under a time budget); none by default: French layer only.
   */
  recognizeDate?: DateRecognizer;
}

export interface LoadedAssistant extends Assistant {
  /** The catalog in service (for status and metrics). */
  catalog(): Catalog;
}

async function staticSource(dataDir: string, clock: Clock): Promise<CatalogSource> {
  const catalog = await loadCatalog(dataDir, clock.now());
  return { current: () => catalog };
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
  const source = options.catalog ?? (await staticSource(options.dataDir ?? 'data/offers', clock));
  const corpus = loadIntentCorpus(options.intentsDir ?? 'intents');
  const understand = createUnderstander(trainClassifier(corpus), corpus);
  const storage =
    options.storage ?? new BoundedMemoryStorage({ ttlMs: 60 * 60 * 1000, maxItems: 10_000, clock });
  const store = new StateStore(storage, options.onStorageError);
  const queue = new TurnQueue();

  return {
    catalog: () => source.current(),
    ask(turn: Turn): Promise<Answer> {
      const started = performance.now();
      const text = turn.text.slice(0, MAX_TEXT_LENGTH);
      const today = todayInNoumea(turn.now ?? clock.now());
      const catalog = source.current();
      const understood = understand(text, today, catalog);
      const { recognizeDate } = options;
      // Rare date forms: the recognizer is asked (in its thread, under its budget) while the turn waits its turn.
      const dated =
        recognizeDate && understood.query.date === null && mayHoldDate(understood.text)
          ? findDateRangeAsync(understood.text, today, { recognize: recognizeDate }).then(
              (dates): Understanding =>
                dates === null
                  ? understood
                  : {
                      ...understood,
                      query: { ...understood.query, date: predicateOf(dates, understood.words) },
                    },
            )
          : Promise.resolve(understood);
      const answered = queue.run(turn.conversation, async () => {
        const understanding = await dated;
        for (let attempt = 1; ; attempt += 1) {
          const loaded = await store.load(turn.conversation);
          const result = respond({ understanding, catalog, today, state: loaded.state });
          if (!loaded.available) return result.answer;
          const saved = await store.save(turn.conversation, result.state, loaded.eTag);
          if (saved !== 'conflict' || attempt === MAX_ATTEMPTS) return result.answer;
        }
      });
      const { onTurn } = options;
      if (onTurn) {
        const { conversation, channel, requestId } = turn;
        const { confidence } = understood;
        void answered.then(
          ({ intent }) => {
            const event = {
              conversation,
              channel,
              requestId,
              intent,
              confidence,
              fallback: intent === 'fallback',
              text,
            };
            try {
              onTurn({ ...event, durationMs: performance.now() - started });
            } catch {
              /* an observer never fails a turn */
            }
          },
          () => {},
        );
      }
      return answered;
    },
  };
}
