import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { BUNDLE_DIR, IS_BUNDLE } from './runtime.ts';

/**
 * Starts a worker thread: `dist/<bundleName>.mjs` from the bundle, the TypeScript `source` from the
 * sources. Node 20 does not pass tsx's ESM hooks to worker threads, so from the sources a small
 * CommonJS bootstrap registers tsx's require hook in the thread first, then loads `source`.
 */
export function startThread(bundleName: string, source: URL, options: WorkerOptions = {}): Worker {
  if (IS_BUNDLE) return new Worker(join(BUNDLE_DIR, `${bundleName}.mjs`), options);
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(source);
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
