import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConversationFile } from '../../src/dialog/evaluation/conversationCases.ts';
import {
  runConversationFile,
  type TurnFailure,
} from '../../src/dialog/evaluation/runConversations.ts';

/**
 * The end-to-end question set: every scripted conversation of
 * test/conversations/*.jsonl, played turn by turn through a real assistant
 * on its pinned days. Every turn must meet its expectations.
 */
const DIR = 'test/conversations';
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();

function describeFailure(f: TurnFailure): string {
  const { turn, problems, answer } = f;
  return [
    `ligne ${turn.line} [${turn.conversation} ${turn.now}] « ${turn.text} »`,
    ...problems.map((p) => `    ${p}`),
    `    réponse (${answer.intent}) : ${answer.text.split('\n')[0]}`,
  ].join('\n');
}

describe('scripted conversations', () => {
  it('finds conversation files', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)(
    '%s: every turn meets its expectations',
    async (name) => {
      const report = await runConversationFile(readConversationFile(join(DIR, name)));
      expect(report.turns).toBeGreaterThan(0);
      const failures = report.failures.map(describeFailure);
      const message = `${failures.length}/${report.turns} tours en échec dans ${name} :\n${failures.join('\n')}`;
      expect(failures, message).toEqual([]);
    },
    120_000,
  );
});
