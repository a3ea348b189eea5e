import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
const CLI = 'src/channels/cli/main.ts';

async function cli(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(TSX, [CLI, ...args], { env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('the desk agents terminal', () => {
  it('prints the answer as text', async () => {
    const { stdout, code } = await cli([
      'ask',
      '--now',
      '2025-06-05',
      'quels postes sont ouverts à Nouméa ?',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('3134-25-0699/SR');
    expect(stdout).toContain('Chargé de la gestion des commissions');
  });

  it('prints the Answer as JSON with --json', async () => {
    const { stdout } = await cli([
      'ask',
      '--json',
      '--now',
      '2025-06-05',
      'quels postes sont ouverts à Nouméa ?',
    ]);
    const answer = JSON.parse(stdout);
    expect(answer.offers.map((o: { reference: string }) => o.reference)).toEqual([
      '3134-25-0699/SR',
    ]);
    expect(answer).toHaveProperty('quickReplies');
  });

  it('answers JSONL lines in order, keeping each conversation apart, with a per-line clock', async () => {
    const lines = [
      { conversation: 'a', text: 'quels postes sont ouverts à Nouméa ?', now: '2025-06-05' },
      { conversation: 'b', text: 'quels postes sont ouverts à Nouméa ?', now: '2025-06-10' },
      'not json',
      { conversation: 'a', text: 'bonjour' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const { stdout, code } = await cli(
      ['ask', '--jsonl', '--now', '2025-06-05'],
      `${lines.join('\n')}\n`,
    );
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(4);
    expect(answers[0].offers.map((o: { reference: string }) => o.reference)).toEqual([
      '3134-25-0699/SR',
    ]);
    expect(answers[0].conversation).toBe('a');
    expect(answers[1].offers).toEqual([]);
    expect(answers[2].error).toMatch(/ligne invalide/);
    expect(answers[3].conversation).toBe('a');
    expect(code).toBe(1);
  });

  it('loads another folder with --data', async () => {
    const { stdout } = await cli([
      'ask',
      '--json',
      '--data',
      'test/fixtures/real-avp',
      '--now',
      '2026-05-20',
      'quels postes sont ouverts à Nouméa ?',
    ]);
    const answer = JSON.parse(stdout);
    expect(answer.offers.length).toBeGreaterThan(0);
    expect(
      answer.offers.every((o: { reference: string }) => o.reference.startsWith('3134-26-')),
    ).toBe(true);
  });

  it('parses documents into one JSON array', async () => {
    const { stdout, code } = await cli([
      'parse',
      'data/offers/3134-25-0833-SR.txt',
      'data/offers/3134-25-0977-SR.txt',
    ]);
    expect(code).toBe(0);
    const offers = JSON.parse(stdout);
    expect(offers.map((o: { reference: string }) => o.reference)).toEqual([
      '3134-25-0833/SR',
      '3134-25-0977/SR',
    ]);
  });

  it('explains its usage on a bad command and exits 2', async () => {
    const { stderr, code } = await cli(['fly']);
    expect(code).toBe(2);
    expect(stderr).toContain('commande inconnue');
    expect(stderr).toContain('Usage');
  });
});
