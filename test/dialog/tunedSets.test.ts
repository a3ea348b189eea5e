import { describe, expect, it } from 'vitest';
import { readConversationFile } from '../../src/dialog/evaluation/conversationCases.ts';
import { runConversationFile } from '../../src/dialog/evaluation/runConversations.ts';

/**
 * The tuned sets (test/tuned/): question sets first written blind from the documents, scored,
 * then tuned on (test/blind/README.md tells their history). They stay in the suite as a floor:
 * a change that answers fewer of their turns than the figure reached fails here, with the turns
 * it broke. The floors only go up.
 */
const FLOORS: ReadonlyArray<[file: string, passed: number, turns: number]> = [
  ['seeds.jsonl', 104, 110],
  ['real-avp.jsonl', 202, 210],
  ['dev-seeds.jsonl', 45, 47],
  ['dev-real.jsonl', 92, 99],
  ['second-seeds.jsonl', 34, 37],
  ['second-real.jsonl', 77, 81],
  ['third-seeds.jsonl', 52, 58],
  ['third-real.jsonl', 94, 102],
  ['fourth-seeds.jsonl', 43, 48],
  ['fourth-real.jsonl', 73, 83],
];

describe('tuned question sets keep their pass rate', () => {
  it.each(FLOORS)(
    '%s: at least %i of %i turns',
    async (file, floor, turns) => {
      const report = await runConversationFile(readConversationFile(`test/tuned/${file}`));
      expect(report.turns).toBe(turns);
      const failing = report.failures.map(
        (f) => `ligne ${f.turn.line} « ${f.turn.text} » : ${f.problems.join(' ; ')}`,
      );
      expect(report.turns - report.failures.length, failing.join('\n')).toBeGreaterThanOrEqual(
        floor,
      );
    },
    120_000,
  );
});
