/**
 * Latency of date understanding: `findDateRange` (our parsers, sync) against Microsoft's
 * recognizer, over ~1,000 generated questions (30 % with a date), and the pre-filter hit rate.
 * Run: `npx tsx bench/dates.ts`.
 */
import {
  findDateRange,
  findDateRangeAsync,
  mayHoldDate,
  recognizeWithMicrosoft,
} from '../src/nlu/dates/index.ts';

const TODAY = '2025-06-11';

const PLAIN = [
  'quels postes sont ouverts à Nouméa ?',
  'quel diplôme faut-il pour le poste de technicien ?',
  'poste de technicien 2e classe',
  "l'offre 3134-25-0833/SR est-elle encore ouverte",
  'des offres a koné svp',
  'niveau bac+2 ça suffit ?',
  'il faut 10 ans de résidence ?',
  'je cherche un job dans le social',
  'comment postuler',
  "c'est quoi le salaire",
  'les offres en informatique',
  'merci beaucoup',
  'offre 25-0833',
  'où envoyer mon cv',
  'des postes à la province nord ?',
  'quelle est la date limite de candidature',
  'le poste est à temps plein ?',
  'qui recrute des infirmiers',
  'bjr des offres ds le sud',
];
const DATED = [
  'les offres qui ferment avant le 30 juin',
  'publiées depuis lundi',
  'qui se terminent cette semaine',
  "d'ici la fin du mois",
  'fin juin',
  'début juillet',
  'mi-juillet',
  'le mois prochain',
  'le 1er mai',
  '1er juillet 2025',
  '15/06',
  '15/06/2025',
  'du 1er mai au 15 juin',
  'entre le 2 et le 5 juillet',
  'vendredi prochain',
  'demain',
  'après-demain',
  'sous 15 jours',
  'dans 2 semaines',
  'la quinzaine',
  'cette année',
  "l'année dernière",
  'en 2024',
  'en mai 2025',
  'jusqu au 12 aout',
  'à partir du 1er sept.',
  'les offres publiées le 3 fevrier',
  'la semaine prochaine',
  'au plus tard le 20 dec',
  // forms only the recognizer knows (fallback of findDateRangeAsync)
  'avant Noël',
  'qui ferment le trente juin',
  'au nouvel an',
];
const PREFIXES = [
  '',
  'bonjour, ',
  'svp ',
  'est-ce qu il y a des offres ',
  'montre moi les postes à Nouméa ',
  'je veux les offres ',
];
const SUFFIXES = ['', ' ?', ' svp', ' à Nouméa', ' dans le nord', ' en informatique stp'];

/** A small deterministic PRNG (mulberry32), so every run measures the same sentences. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function sentences(count: number): string[] {
  const next = random(42);
  return Array.from({ length: count }, () => {
    const core = next() < 0.3 ? pick(DATED, next) : pick(PLAIN, next);
    return `${pick(PREFIXES, next)}${core}${pick(SUFFIXES, next)}`;
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(42)} n=${String(times.length).padStart(4)}  p50 ${ms(percentile(sorted, 50))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? 0)}`,
  );
}

const questions = sentences(1000);

for (const q of questions.slice(0, 200)) findDateRange(q, TODAY); // warm-up (JIT)
const ours = questions.map((q) => {
  const start = performance.now();
  findDateRange(q, TODAY);
  return performance.now() - start;
});
report('findDateRange (sync)', ours);
const found = questions.filter((q) => findDateRange(q, TODAY) !== null).length;
console.log(`  dates found by our parsers: ${found} / ${questions.length}`);

const filtered = questions.map((q) => {
  const start = performance.now();
  mayHoldDate(q);
  return performance.now() - start;
});
report('pre-filter (mayHoldDate)', filtered);
const hits = questions.filter(mayHoldDate).length;
const fallbacks = questions.filter(
  (q) => findDateRange(q, TODAY) === null && mayHoldDate(q),
).length;
console.log(
  `  pre-filter hit rate: ${((100 * hits) / questions.length).toFixed(1)} % of all questions`,
);
console.log(
  `  recognizer calls by findDateRangeAsync: ${fallbacks} / ${questions.length} (${((100 * fallbacks) / questions.length).toFixed(1)} %)`,
);

let start = performance.now();
await recognizeWithMicrosoft('le 30 juin', TODAY);
console.log(`recognizer first call (load + warm-up): ${(performance.now() - start).toFixed(0)} ms`);

const sample = questions.slice(0, 300);
const microsoft: number[] = [];
for (const q of sample.slice(0, 30)) await recognizeWithMicrosoft(q, TODAY); // warm-up
for (const q of sample) {
  start = performance.now();
  await recognizeWithMicrosoft(q, TODAY);
  microsoft.push(performance.now() - start);
}
report('recognizeWithMicrosoft (every question)', microsoft);

const asyncTimes: number[] = [];
for (const q of sample) {
  start = performance.now();
  await findDateRangeAsync(q, TODAY);
  asyncTimes.push(performance.now() - start);
}
report('findDateRangeAsync (ours + pre-filter)', asyncTimes);

const long = '12/03/2024 '.repeat(91); // 1,001 characters
start = performance.now();
await recognizeWithMicrosoft(long, TODAY);
console.log(
  `recognizer on 1,000 characters (capped to 150): ${(performance.now() - start).toFixed(0)} ms`,
);
start = performance.now();
findDateRange(long, TODAY);
console.log(`findDateRange on 1,000 characters: ${(performance.now() - start).toFixed(2)} ms`);
