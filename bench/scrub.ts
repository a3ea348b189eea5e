/**
 * Cost of scrubbing a message before it is kept for learning: typical questions, and
 * 500-character inputs built to make a backtracking pattern explode (the slowest pattern
 * on each is printed). Run: `npx tsx bench/scrub.ts`.
 */
import { scrubPersonalData } from '../src/dialog/learning/scrub.ts';
import { SCRUB_PATTERNS } from '../src/dialog/learning/scrubPatterns.ts';

const TYPICAL = [
  'quels postes sont ouverts à Nouméa ?',
  'je suis jean dupont et je cherche un poste à Koné',
  'mon dn 03/03/1990, ai-je le droit ?',
  'mon IBAN FR76 3000 6000 0112 3456 7890 189 merci',
  "je m'appelle Marie, tel 26 77 98",
  'date limite de 3134-25-0833/SR ?',
];
const UNITS = [
  '1 ',
  '1234 ',
  '1-',
  'a',
  'a ',
  'fr76 ',
  'ne le 1/',
  'je suis jean ',
  'mme a ',
  '+1',
];
const ADVERSARIAL = UNITS.map((u) => `${u.repeat(Math.ceil(500 / u.length)).slice(0, 499)}!`);

function timeMs(run: () => void, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i += 1) run();
  return (performance.now() - started) / times;
}

const typical = timeMs(() => {
  for (const t of TYPICAL) scrubPersonalData(`${t} ${Math.random()}`);
}, 2_000);
console.log(`typical question: ${(typical / TYPICAL.length).toFixed(4)} ms per message`);
for (const text of ADVERSARIAL) {
  const whole = timeMs(() => scrubPersonalData(`${text}${Math.random()}`), 200);
  const slowest = SCRUB_PATTERNS.map((p) => ({
    name: p.name,
    ms: timeMs(() => text.replace(p.pattern, ''), 200),
  })).sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `${JSON.stringify(text.slice(0, 16))}… (500 chars): ${whole.toFixed(3)} ms; slowest pattern ${slowest?.name} ${slowest?.ms.toFixed(3)} ms`,
  );
}
