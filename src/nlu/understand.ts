import type { IntentClassifier } from './classifier.ts';
import type { IntentData } from './intentCorpus.ts';
import { normalizeWords } from '../text/normalize.ts';
import { extractQuery } from './query/extractors.ts';
import type { CatalogVocabulary } from './query/extractor.ts';
import type { Understanding } from './understanding.ts';
import { words as toWords } from '../text/tokens.ts';
import { withoutAddresses } from '../text/addresses.ts';

/** Below this share of the probability mass the intent is not trusted. */
export const MIN_CONFIDENCE = 0.4;

export const FALLBACK_INTENT = 'fallback';

/**
 * The understanding pipeline: normalise, classify, extract entities.
 * Offer titles are resolved by the dialog, which knows the catalog and the day.
 */
export function createUnderstander(
  classifier: IntentClassifier,
  corpus: readonly IntentData[] = [],
) {
  const commands = new Map(
    corpus.flatMap((intent) =>
      intent.commands.map((c) => [normalizeWords(c), intent.intent] as const),
    ),
  );
  /**
   * `today`: the Nouméa day dates are read from; `vocabulary`: the names the catalog in service
   * teaches (titles, short numbers, directions...).
   */
  return function understand(
    said: string,
    today: string,
    vocabulary: CatalogVocabulary,
  ): Understanding {
    const text = withoutAddresses(said);
    const words = toWords(text);
    const command = commands.get(words.join(' '));
    const best =
      command !== undefined
        ? { intent: command, confidence: 1 }
        : words.length > 0
          ? classifier.classify(text, vocabulary.titleWords(text))[0]
          : undefined;
    const confident = best !== undefined && best.confidence >= MIN_CONFIDENCE;
    return {
      text,
      words,
      intent: confident ? best.intent : FALLBACK_INTENT,
      confidence: best?.confidence ?? 0,
      // a pasted offer link (/offres/3134-25-0699%2FSR) still names its offer: references are read in `said`
      query: extractQuery({ text, said, words, today, vocabulary }),
    };
  };
}

export type Understander = ReturnType<typeof createUnderstander>;
