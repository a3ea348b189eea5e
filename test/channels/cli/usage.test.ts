import { describe, expect, it } from 'vitest';
import { runCli } from './cliProcess.ts';

describe('cli usage (a real process)', () => {
  const help: Array<[string[], string]> = [
    [['--help'], 'cli chat'],
    [['-h'], 'cli ask'],
    [['help'], 'cli check'],
    [['ask', '--help'], 'cli ask'],
    [['ask', '-h', 'une question'], 'cli ask'],
    [['chat', '--help'], 'cli chat'],
    [['chat', '-h', '--now', '2025-06-05'], 'cli chat'],
    [['parse', '--help'], 'cli parse'],
    [['check', '-h'], 'cli check'],
  ];
  it.each(help)('%j prints its usage in French on stdout and exits 0', async (args, line) => {
    const { stdout, stderr, code } = await runCli(args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage :/);
    expect(stdout).toContain(line);
  });

  const wrong: Array<[string[], RegExp]> = [
    [[], /commande manquante/],
    [['fly'], /commande inconnue : fly/],
    [['--nope'], /commande inconnue : --nope/],
    [['chat', '--bogus'], /--bogus/],
    [['chat', 'extra'], /inattendu/],
    [['ask', '--nope', 'question'], /--nope/],
    [['parse', '--zzz', 'a.txt'], /--zzz/],
    [['check', '--json', '--x', 'data'], /--x/],
  ];
  it.each(wrong)('%j prints the usage on stderr and exits 2', async (args, reason) => {
    const { stdout, stderr, code } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('Usage :');
  });
});
