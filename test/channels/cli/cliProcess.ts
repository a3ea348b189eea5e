import { spawn } from 'node:child_process';

const TSX = 'node_modules/.bin/tsx';
const CLI = 'src/channels/cli/main.ts';

/** Runs the CLI as a real child process, `input` piped to its stdin; its outputs and exit code. */
export function runCli(
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(TSX, [CLI, ...args], {
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('close', (code) => resolve({ stdout, stderr, code })));
}
