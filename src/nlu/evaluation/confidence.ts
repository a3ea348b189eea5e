import type { Prediction } from './evaluate.ts';

export interface ThresholdRow {
  threshold: number;
  /** Share of the correct predictions kept (confidence >= threshold). */
  correctKept: number;
  /** Share of the wrong predictions sent to the fallback (confidence < threshold). */
  wrongRejected: number;
  /** Share of all predictions that end up right: correct and kept. */
  accuracyKept: number;
}

/** The q-quantile (0..1) of sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at]!;
}

/** Confidences of the correct and of the wrong predictions, ascending. */
export function confidences(predictions: readonly Prediction[]): {
  correct: number[];
  wrong: number[];
} {
  const correct = predictions.filter((p) => p.predicted === p.expected).map((p) => p.confidence);
  const wrong = predictions.filter((p) => p.predicted !== p.expected).map((p) => p.confidence);
  return { correct: correct.sort((a, b) => a - b), wrong: wrong.sort((a, b) => a - b) };
}

/** What a fallback threshold on the best guess' confidence would keep and reject. */
export function thresholdSweep(
  predictions: readonly Prediction[],
  thresholds: readonly number[],
): ThresholdRow[] {
  const { correct, wrong } = confidences(predictions);
  return thresholds.map((threshold) => {
    const kept = correct.filter((c) => c >= threshold).length;
    return {
      threshold,
      correctKept: correct.length ? kept / correct.length : 0,
      wrongRejected: wrong.length ? wrong.filter((c) => c < threshold).length / wrong.length : 0,
      accuracyKept: predictions.length ? kept / predictions.length : 0,
    };
  });
}
