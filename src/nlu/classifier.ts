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
  alpha: 0.1,
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
  const { features: featureOptions, alpha, temperature, priors: usePriors } = { ...DEFAULT_OPTIONS, ...options };
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
  const priors = corpus.map((intent) => (usePriors ? Math.log(intent.utterances.length / documents) : 0));
  const denominators = totals.map((total) => Math.log(total + alpha * vocabulary.size));
  const unseen = denominators.map((d) => Math.log(alpha) - d);

  return {
    classify(text, titleWords) {
      const observed = [...features(text, featureOptions, titleWords)].filter(([f]) => vocabulary.has(f));
      const scores = labels.map((_, c) => {
        let score = priors[c]!;
        const classCounts = counts[c]!;
        for (const [feature, weight] of observed) {
          const count = classCounts.get(feature);
          score += weight * (count === undefined ? unseen[c]! : Math.log(count + alpha) - denominators[c]!);
        }
        return score / temperature;
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      return labels
        .map((intent, c) => ({ intent, confidence: exps[c]! / sum }))
        .sort((a, b) => b.confidence - a.confidence);
    },
  };
}
