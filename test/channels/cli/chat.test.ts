import { describe, expect, it } from 'vitest';
import { runCli } from './cliProcess.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape is what is looked for
const ANSI = /\u001b\[/;

/** The answer blocks of a piped session: separated by one empty line, none inside a block. */
function blocks(stdout: string): string[] {
  return stdout.trimEnd().split('\n\n');
}

describe('cli chat, fed through a pipe (a real process)', () => {
  it('keeps the context from one line to the next: one conversation for the session', async () => {
    const script = 'postes a noumea\nle premier\net la date limite ?\net le diplôme ?\n';
    const { stdout, stderr, code } = await runCli(['chat', '--now', '2025-06-05'], script, {
      FORCE_COLOR: '1',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answers = blocks(stdout);
    expect(answers).toHaveLength(4);
    expect(answers[0]).toContain('3134-25-0699/SR');
    expect(answers[1]).toContain('Chargé de la gestion des commissions');
    expect(answers[2]).toMatch(/date limite .*3134-25-0699\/SR.* vendredi 6 juin 2025/);
    expect(answers[3]).toContain('3134-25-0699/SR');
    expect(answers[3]).not.toContain('De quelle offre');
    // No prompt and no colour when not on a terminal, even with FORCE_COLOR.
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).not.toContain('›');
  });

  it('skips blank lines and answers nothing for an empty input', async () => {
    const cases: Array<[string, number]> = [
      ['', 0],
      ['\n   \n', 0],
      ['bonjour\n\n\naide\n', 2],
    ];
    for (const [input, count] of cases) {
      const { stdout, code } = await runCli(['chat', '--now', '2025-06-05'], input);
      expect(code).toBe(0);
      expect(stdout.trim() === '' ? 0 : blocks(stdout).length).toBe(count);
    }
  });

  it('reads another folder with --data', async () => {
    const { stdout, code } = await runCli(
      ['chat', '--data', 'test/fixtures/real-avp', '--now', '2026-05-20'],
      'quels postes sont ouverts à Nouméa ?\n',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/3134-26-/);
    expect(stdout).not.toMatch(/3134-25-/);
  });
});
