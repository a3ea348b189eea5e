import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type { IntentData } from './intentCorpus.ts';
import { stems } from '../text/tokens.ts';

export interface IntentGuess {
  intent: string;
  /** Share of the probability mass, 0..1. */
  confidence: number;
}

export interface IntentClassifier {
  classify(text: string): IntentGuess[];
}

const stemmer = { tokenizeAndStem: (text: string) => stems(text) };

/**
 * A naive Bayes classifier (natural) trained on the corpus' utterances.
 * Returns every intent, most likely first, with normalised confidences.
 */
export function trainClassifier(corpus: readonly IntentData[]): IntentClassifier {
  const bayes = new BayesClassifier(stemmer);
  for (const intent of corpus) {
    for (const utterance of intent.utterances) bayes.addDocument(utterance, intent.intent);
  }
  bayes.train();
  return {
    classify(text) {
      const scores = bayes.getClassifications(text);
      const total = scores.reduce((sum, s) => sum + s.value, 0);
      return scores
        .map((s) => ({ intent: s.label, confidence: total > 0 ? s.value / total : 0 }))
        .sort((a, b) => b.confidence - a.confidence);
    },
  };
}
