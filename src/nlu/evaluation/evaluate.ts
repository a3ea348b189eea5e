import type { IntentData } from '../intentCorpus.ts';
import { trainClassifier, type ClassifierOptions } from '../classifier.ts';

export interface Prediction {
  text: string;
  expected: string;
  predicted: string;
  confidence: number;
}

export interface Evaluation {
  predictions: Prediction[];
  accuracy: number;
  /** Per intent: correct / total. */
  perIntent: Map<string, { correct: number; total: number }>;
  /** confusion.get(expected).get(predicted) = count. */
  confusion: Map<string, Map<string, number>>;
}

export function score(predictions: Prediction[]): Evaluation {
  const perIntent = new Map<string, { correct: number; total: number }>();
  const confusion = new Map<string, Map<string, number>>();
  for (const p of predictions) {
    const row = perIntent.get(p.expected) ?? { correct: 0, total: 0 };
    row.total += 1;
    if (p.predicted === p.expected) row.correct += 1;
    perIntent.set(p.expected, row);
    const line = confusion.get(p.expected) ?? new Map<string, number>();
    line.set(p.predicted, (line.get(p.predicted) ?? 0) + 1);
    confusion.set(p.expected, line);
  }
  const correct = predictions.filter((p) => p.predicted === p.expected).length;
  return {
    predictions,
    accuracy: predictions.length ? correct / predictions.length : 0,
    perIntent,
    confusion,
  };
}

/** Trains on every intent's utterances and predicts its held-out tests. */
export function heldOut(
  corpus: readonly IntentData[],
  options: Partial<ClassifierOptions> = {},
): Evaluation {
  const classifier = trainClassifier(corpus, options);
  return score(
    corpus.flatMap((intent) =>
      intent.tests.map((text) => {
        const best = classifier.classify(text)[0]!;
        return {
          text,
          expected: intent.intent,
          predicted: best.intent,
          confidence: best.confidence,
        };
      }),
    ),
  );
}

/** k-fold cross-validation over the training utterances (fold i = every k-th utterance from i). */
export function crossValidate(
  corpus: readonly IntentData[],
  k = 5,
  options: Partial<ClassifierOptions> = {},
): Evaluation {
  const predictions: Prediction[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = corpus.map((intent) => ({
      ...intent,
      utterances: intent.utterances.filter((_, i) => i % k !== fold),
    }));
    const classifier = trainClassifier(train, options);
    for (const intent of corpus) {
      intent.utterances.forEach((text, i) => {
        if (i % k !== fold) return;
        const best = classifier.classify(text)[0]!;
        predictions.push({
          text,
          expected: intent.intent,
          predicted: best.intent,
          confidence: best.confidence,
        });
      });
    }
  }
  return score(predictions);
}
