/**
 * `npm run eval:dialog`: plays the scripted conversations of
 * test/conversations/*.jsonl and prints the pass rate and every failure.
 * Exits 1 when any turn fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConversationFile } from '../src/dialog/evaluation/conversationCases.ts';
import { runConversationFile } from '../src/dialog/evaluation/runConversations.ts';

const dir = process.argv[2] ?? 'test/conversations';
let turns = 0;
let failed = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const report = await runConversationFile(readConversationFile(join(dir, name)));
  turns += report.turns;
  failed += report.failures.length;
  console.log(`${name}: ${report.turns - report.failures.length}/${report.turns}`);
  for (const f of report.failures) {
    console.log(
      `  ✗ ligne ${f.turn.line} [${f.turn.conversation} ${f.turn.now}] « ${f.turn.text} »`,
    );
    for (const p of f.problems) console.log(`      ${p}`);
    console.log(`      réponse (${f.answer.intent}) : ${f.answer.text.split('\n')[0]}`);
  }
}
console.log(
  `\n${turns - failed} passed, ${failed} failed (${turns ? ((100 * (turns - failed)) / turns).toFixed(1) : 0} %)`,
);
process.exitCode = failed > 0 ? 1 : 0;
