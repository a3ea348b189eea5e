import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server process started for the bench. */
export interface BenchServer {
  port: number;
  /** From spawn to the "prêt" log line (catalog loaded, HTTP answers). */
  readyMs: number;
  /** From spawn to the "canal web prêt" line (Botkit loaded, `/ws` served). */
  webReady: Promise<number>;
  /** Resident memory of the server's Node process, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

/** Bench settings: loopback only, pinned day, no watcher, rate limits out of the way. */
export function benchEnv(
  dataDir: string,
  today: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    WATCH_DATA: 'false',
    BOT_NOW: today,
    LOG_LEVEL: 'info',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    HTTP_RATE_LIMIT_PER_MINUTE: '1000000',
    WS_SESSION_MESSAGES_PER_MINUTE: '1000000',
    WS_IP_MESSAGES_PER_MINUTE: '1000000',
    WS_MAX_CONNECTIONS_PER_IP: '1000000',
    STATE_MAX_CONVERSATIONS: '100000',
    ...extra,
  };
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** VmRSS of a process (Linux), in bytes; 0 if gone. */
export function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The deepest descendant (the server itself when nothing wraps it). */
function serverPid(root: number): number {
  let pid = root;
  for (let next = children(pid)[0]; next !== undefined; next = children(pid)[0]) pid = next;
  return pid;
}

/** Builds the bundle `npm start` runs (`npm run build`), so the bench measures the current sources. */
export function buildBundle(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Spawns `node --max-old-space-size=$HEAP_MB dist/main.mjs` (as `npm start`, after `buildBundle`) with `env` and resolves when it logs "prêt"
 * (its port read from the log), or rejects after `timeoutMs`. Its output is drained.
 */
export function startServer(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<BenchServer> {
  const started = performance.now();
  // As `npm start` does: one Node process running the bundle, the same heap cap; it receives the signals itself.
  const heap = `--max-old-space-size=${env.HEAP_MB || 240}`;
  const child: ChildProcess = spawn(process.execPath, [heap, 'dist/main.mjs'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let webReadyAt: (ms: number) => void = () => {};
  const webReady = new Promise<number>((resolve) => (webReadyAt = resolve));
  let stderr = '';
  child.stderr?.on(
    'data',
    (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)),
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serveur pas prêt en ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`serveur arrêté (code ${code})\n${stderr}`));
      }
    });
    let webSeen = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready && webSeen) return; // drained
      buffer = (buffer + chunk.toString()).slice(-20_000);
      if (!ready) announceReady();
      if (ready && !webSeen && buffer.includes('canal web prêt')) {
        webSeen = true;
        webReadyAt(performance.now() - started);
      }
    });
    const announceReady = () => {
      const line = buffer.split('\n').find((l) => l.includes('"prêt'));
      if (!line) return;
      ready = true;
      clearTimeout(timer);
      const readyMs = performance.now() - started;
      const port = Number(/"port":(\d+)/.exec(line)?.[1] ?? /:(\d+)/.exec(line)?.[1]);
      const pid = serverPid(child.pid ?? 0);
      resolve({
        port,
        readyMs,
        webReady,
        rss: () => rssOf(pid),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
  });
}
