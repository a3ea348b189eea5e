import { execFileSync, spawn } from 'node:child_process';

const TSX = 'node_modules/.bin/tsx';
const CLI = 'src/channels/cli/main.ts';

/** Whether util-linux's `script` (which gives a child a real pseudo-terminal) is installed. */
export function hasScript(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v script'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A CLI session on a real pseudo-terminal: what it printed, what to type, how it ended. */
export interface TerminalSession {
  /** Everything the terminal showed so far (echo of the typed keys included). */
  output(): string;
  /** Resolves once `pattern` occurs `count` times in the output. */
  waitFor(pattern: string, count?: number): Promise<void>;
  /** Types keys, as a person would (`\r` is Enter, `\u0004` is Ctrl+D). */
  type(keys: string): void;
  /** The exit code of the CLI (`script -e` passes it on). */
  exited: Promise<number | null>;
}

/**
 * Runs `cli <args>` under `script -qfec … /dev/null`: the CLI's stdin, stdout and stderr are a
 * pseudo-terminal (so `isTTY`, readline's editing and the prompt are the real ones), driven
 * through `script`'s own pipes.
 */
export function runOnTerminal(args: string[], env: Record<string, string | undefined>) {
  const command = [TSX, CLI, ...args].join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiting = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const check of waiting) check();
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  const session: TerminalSession = {
    output: () => output,
    waitFor: (pattern, count = 1) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.split(pattern).length - 1 < count) return;
          waiting.delete(check);
          resolve();
        };
        waiting.add(check);
        void exited.then(() => {
          if (waiting.delete(check))
            reject(new Error(`ended before ${count}× ${JSON.stringify(pattern)}:\n${output}`));
        });
        check();
      }),
    type: (keys) => void child.stdin.write(keys),
    exited,
  };
  return session;
}
