import { execFileSync } from 'node:child_process';

/**
 * Builds the production bundle (`dist/`) once, before any test file runs. The tests that start a
 * real server process (`node dist/main.mjs`) share it: each building on its own would delete
 * `dist/` under another file's running server, since vitest runs files in parallel.
 */
export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
