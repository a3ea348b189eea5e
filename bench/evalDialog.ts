/**
 * `npm run eval:dialog [-- folder] [--summary]`: plays the scripted conversations of
 * test/conversations/*.jsonl (or of another folder, e.g. test/blind for the blind sets) and prints
 * the pass rate, the rate per class when turns name one, and every failure (`--summary`: not the
 * failures). Exits 1 when any turn fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConversationFile } from '../src/dialog/evaluation/conversationCases.ts';
import { runConversationFile } from '../src/dialog/evaluation/runConversations.ts';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const dir = args.find((a) => !a.startsWith('--')) ?? 'test/conversations';
let turns = 0;
let failed = 0;
const classes = new Map<string, { turns: number; passed: number }>();
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const report = await runConversationFile(readConversationFile(join(dir, name)));
  turns += report.turns;
  failed += report.failures.length;
  console.log(`${name}: ${report.turns - report.failures.length}/${report.turns}`);
  for (const [name, score] of report.classes) {
    const total = classes.get(name) ?? { turns: 0, passed: 0 };
    classes.set(name, { turns: total.turns + score.turns, passed: total.passed + score.passed });
  }
  for (const f of summaryOnly ? [] : report.failures) {
    console.log(
      `  ✗ ligne ${f.turn.line} [${f.turn.conversation} ${f.turn.now}] « ${f.turn.text} »`,
    );
    for (const p of f.problems) console.log(`      ${p}`);
    console.log(`      réponse (${f.answer.intent}) : ${f.answer.text.split('\n')[0]}`);
  }
}
const percent = (passed: number, of: number) => (of ? ((100 * passed) / of).toFixed(1) : '0');
if (classes.size > 0) console.log('\nPar classe :');
for (const [name, score] of [...classes].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `  ${name.padEnd(12)} ${score.passed}/${score.turns} (${percent(score.passed, score.turns)} %)`,
  );
console.log(
  `\n${turns - failed} passed, ${failed} failed (${turns ? ((100 * (turns - failed)) / turns).toFixed(1) : 0} %)`,
);
process.exitCode = failed > 0 ? 1 : 0;
