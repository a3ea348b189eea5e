/**
 * `npm run eval:nlu`: k-fold cross-validation on the training utterances and
 * accuracy on the held-out tests, per intent, with the confusion matrix of the
 * held-out run and every miss (as `rasa test nlu` reports); then the training
 * and classification times and the confidence of right and wrong held-out
 * predictions, to set the fallback threshold (MIN_CONFIDENCE).
 */
import { loadIntentCorpus } from '../src/nlu/intentCorpus.ts';
import { trainClassifier } from '../src/nlu/classifier.ts';
import { MIN_CONFIDENCE } from '../src/nlu/understand.ts';
import { crossValidate, heldOut, type Evaluation } from '../src/nlu/evaluation/evaluate.ts';
import { confidences, quantile, thresholdSweep } from '../src/nlu/evaluation/confidence.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(title: string, evaluation: Evaluation): void {
  console.log(
    `\n## ${title}: ${pct(evaluation.accuracy)} (${evaluation.predictions.length} énoncés)`,
  );
  for (const [intent, { correct, total }] of [...evaluation.perIntent].sort()) {
    console.log(`  ${intent.padEnd(24)} ${pct(correct / total).padStart(6)}  ${correct}/${total}`);
  }
}

function confusion(evaluation: Evaluation): void {
  const intents = [...evaluation.perIntent.keys()].sort();
  console.log('\n## Matrice de confusion (test), lignes = attendu, colonnes = prédit (numéros)');
  for (const [i, intent] of intents.entries()) console.log(`  ${String(i).padStart(2)} ${intent}`);
  console.log(`     ${intents.map((_, i) => String(i).padStart(3)).join('')}`);
  intents.forEach((expected, i) => {
    const row = evaluation.confusion.get(expected);
    console.log(
      `  ${String(i).padStart(2)} ${intents.map((p) => String(row?.get(p) ?? '.').padStart(3)).join('')}`,
    );
  });
}

function timing(corpus: ReturnType<typeof loadIntentCorpus>): void {
  const runs = 10;
  const trainTimes: number[] = [];
  let classifier = trainClassifier(corpus);
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    classifier = trainClassifier(corpus);
    trainTimes.push(performance.now() - t0);
  }
  const texts = corpus.flatMap((intent) => intent.tests);
  for (const text of texts) classifier.classify(text); // warm-up
  const t0 = performance.now();
  const rounds = 5;
  for (let r = 0; r < rounds; r += 1) for (const text of texts) classifier.classify(text);
  const perMessage = (performance.now() - t0) / (rounds * texts.length);
  const utterances = corpus.reduce((n, intent) => n + intent.utterances.length, 0);
  trainTimes.sort((a, b) => a - b);
  console.log('\n## Temps');
  console.log(
    `  entraînement (${utterances} énoncés) : médiane ${quantile(trainTimes, 0.5).toFixed(1)} ms, max ${trainTimes.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `  classification : ${(perMessage * 1000).toFixed(0)} µs par message (moyenne sur ${rounds * texts.length})`,
  );
}

function confidenceReport(evaluation: Evaluation): void {
  const { correct, wrong } = confidences(evaluation.predictions);
  const q = (xs: number[]) =>
    [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => quantile(xs, p).toFixed(2)).join(' / ');
  console.log('\n## Confiance du meilleur intent (test), quantiles 10 / 25 / 50 / 75 / 90 %');
  console.log(`  justes (${correct.length}) : ${q(correct)}`);
  console.log(`  fausses (${wrong.length}) : ${q(wrong)}`);
  console.log(`\n## Seuil de repli (actuel MIN_CONFIDENCE = ${MIN_CONFIDENCE})`);
  console.log('  seuil  justes gardées  fausses rejetées  justes et gardées / total');
  for (const row of thresholdSweep(evaluation.predictions, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7])) {
    console.log(
      `  ${row.threshold.toFixed(2)}  ${pct(row.correctKept).padStart(14)}  ${pct(row.wrongRejected).padStart(16)}  ${pct(row.accuracyKept).padStart(10)}`,
    );
  }
}

const corpus = loadIntentCorpus(process.argv[2] ?? 'intents');
const started = performance.now();
const cv = crossValidate(corpus, 5);
report('Validation croisée 5 plis', cv);
const test = heldOut(corpus);
report('Test (énoncés réservés)', test);
confusion(test);
console.log('\n## Erreurs (test)');
for (const p of test.predictions.filter((p) => p.predicted !== p.expected)) {
  console.log(
    `  « ${p.text} » attendu ${p.expected}, prédit ${p.predicted} (${pct(p.confidence)})`,
  );
}
timing(corpus);
confidenceReport(test);
console.log(`\n${(performance.now() - started).toFixed(0)} ms`);
