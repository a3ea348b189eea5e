/**
 * `npm run eval:nlu`: k-fold cross-validation on the training utterances and
 * accuracy on the held-out tests, per intent, with the confusion matrix of the
 * held-out run and every miss (as `rasa test nlu` reports).
 */
import { loadIntentCorpus } from '../src/nlu/intentCorpus.ts';
import { crossValidate, heldOut, type Evaluation } from '../src/nlu/evaluation/evaluate.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(title: string, evaluation: Evaluation): void {
  console.log(`\n## ${title}: ${pct(evaluation.accuracy)} (${evaluation.predictions.length} énoncés)`);
  for (const [intent, { correct, total }] of [...evaluation.perIntent].sort()) {
    console.log(`  ${intent.padEnd(24)} ${pct(correct / total).padStart(6)}  ${correct}/${total}`);
  }
}

function confusion(evaluation: Evaluation): void {
  const intents = [...evaluation.perIntent.keys()].sort();
  console.log('\n## Matrice de confusion (test), lignes = attendu, colonnes = prédit (numéros)');
  intents.forEach((intent, i) => console.log(`  ${String(i).padStart(2)} ${intent}`));
  console.log(`     ${intents.map((_, i) => String(i).padStart(3)).join('')}`);
  intents.forEach((expected, i) => {
    const row = evaluation.confusion.get(expected);
    console.log(`  ${String(i).padStart(2)} ${intents.map((p) => String(row?.get(p) ?? '.').padStart(3)).join('')}`);
  });
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
  console.log(`  « ${p.text} » attendu ${p.expected}, prédit ${p.predicted} (${pct(p.confidence)})`);
}
console.log(`\n${(performance.now() - started).toFixed(0)} ms`);
