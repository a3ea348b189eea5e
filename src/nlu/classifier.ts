import type { IntentData } from './intentCorpus.ts';
import { DEFAULT_FEATURES, features, type FeatureOptions } from './features/features.ts';

export interface IntentGuess {
  intent: string;
  /** Share of the probability mass, 0..1. */
  confidence: number;
}

export interface IntentClassifier {
  /**
   * Every intent, most likely first. `titleWords`: words of the message known
   * to name an offer's title (from the catalog), read as one "@metier".
   */
  classify(text: string, titleWords?: ReadonlySet<string>): IntentGuess[];
}

export interface ClassifierOptions {
  features: FeatureOptions;
  /** Additive (Lidstone) smoothing of the feature counts. */
  alpha: number;
  /** Log-scores are divided by this before the softmax: naive Bayes is overconfident with correlated features. */
  temperature: number;
  /** Class priors from the utterance counts (false: uniform, the corpus' sizes say nothing of real traffic). */
  priors: boolean;
}

export const DEFAULT_OPTIONS: ClassifierOptions = {
  features: DEFAULT_FEATURES,
  alpha: 0.05,
  temperature: 5,
  priors: true,
};

/**
 * A multinomial naive Bayes classifier over weighted features (see
 * features.ts), trained on the corpus' utterances. Returns every intent, most
 * likely first, with confidences that sum to 1.
 */
export function trainClassifier(
  corpus: readonly IntentData[],
  options: Partial<ClassifierOptions> = {},
): IntentClassifier {
  const {
    features: featureOptions,
    alpha,
    temperature,
    priors: usePriors,
  } = { ...DEFAULT_OPTIONS, ...options };
  const labels = corpus.map((intent) => intent.intent);
  const counts = labels.map(() => new Map<string, number>());
  const totals = labels.map(() => 0);
  const vocabulary = new Set<string>();
  let documents = 0;
  corpus.forEach((intent, c) => {
    for (const utterance of intent.utterances) {
      documents += 1;
      for (const [feature, weight] of features(utterance, featureOptions)) {
        vocabulary.add(feature);
        counts[c]!.set(feature, (counts[c]!.get(feature) ?? 0) + weight);
        totals[c]! += weight;
      }
    }
  });
  const priors = Float64Array.from(corpus, (intent) =>
    usePriors ? Math.log(intent.utterances.length / documents) : 0,
  );
  const denominators = totals.map((total) => Math.log(total + alpha * vocabulary.size));
  // log P(feature | class) for every class, one vector per known feature: a
  // message's score is then a few vector additions (no per-class map lookups).
  const unseen = Float64Array.from(denominators, (d) => Math.log(alpha) - d);
  const logLikelihoods = new Map<string, Float64Array>();
  for (const feature of vocabulary) logLikelihoods.set(feature, Float64Array.from(unseen));
  counts.forEach((classCounts, c) => {
    for (const [feature, count] of classCounts)
      logLikelihoods.get(feature)![c] = Math.log(count + alpha) - denominators[c]!;
  });

  return {
    classify(text, titleWords) {
      const scores = Float64Array.from(priors);
      for (const [feature, weight] of features(text, featureOptions, titleWords)) {
        const vector = logLikelihoods.get(feature);
        if (vector === undefined) continue;
        for (let c = 0; c < scores.length; c += 1) scores[c]! += weight * vector[c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < scores.length; c += 1) max = Math.max(max, scores[c]! / temperature);
      let sum = 0;
      for (let c = 0; c < scores.length; c += 1) {
        scores[c] = Math.exp(scores[c]! / temperature - max);
        sum += scores[c]!;
      }
      return labels
        .map((intent, c) => ({ intent, confidence: scores[c]! / sum }))
        .sort((a, b) => b.confidence - a.confidence);
    },
  };
}
