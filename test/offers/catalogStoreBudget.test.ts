import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../src/offers/catalogStore.ts';
import { ParsePool } from '../../src/offers/parsePool.ts';
import { copyOfSeedOffers, manualClock, memoryLogger, waitFor } from './storeHelpers.ts';

const FILE = '3134-25-0833-SR.txt';
const REF = '3134-25-0833/SR';

/**
 * A parse thread that parses like the real one (the same modules, through tsx), except that it
 * never ends on a document holding "BOUCLE SANS FIN": the stand-in for a document the parser
 * cannot finish within its budget.
 */
function stallingThread(progress: SharedArrayBuffer): Worker {
  const require = createRequire(import.meta.url);
  const modules = {
    tsx: require.resolve('tsx/cjs/api'),
    parse: resolve('src/offers/parse/parseBytes.ts'),
    wire: resolve('src/offers/parseWire.ts'),
  };
  const code = `
    require(${JSON.stringify(modules.tsx)}).register();
    const { parentPort, workerData } = require('node:worker_threads');
    const { parseBytes } = require(${JSON.stringify(modules.parse)});
    const { toWire } = require(${JSON.stringify(modules.wire)});
    const progress = new Int32Array(workerData.progress);
    parentPort.on('message', ({ id, documents }) => {
      const outcomes = documents.map(({ source, bytes }) => {
        Atomics.add(progress, 0, 1);
        if (Buffer.from(bytes).includes('BOUCLE SANS FIN')) for (;;) {}
        const outcome = toWire(parseBytes(bytes, source));
        Atomics.add(progress, 1, 1);
        return outcome;
      });
      parentPort.postMessage({ id, outcomes });
    });`;
  return new Worker(code, { eval: true, workerData: { progress } });
}

let dir: string;
let remove: () => Promise<void>;
let store: CatalogStore | undefined;
let pool: ParsePool | undefined;

beforeEach(async () => {
  ({ dir, remove } = await copyOfSeedOffers());
});
afterEach(async () => {
  await store?.close();
  await pool?.close();
  await remove();
});

describe('CatalogStore with documents parsed in worker threads', () => {
  it('parses the folder in the parse threads by default', async () => {
    store = await CatalogStore.open({
      dir,
      clock: manualClock(),
      logger: memoryLogger().logger,
      watch: false,
    });
    expect(store.current().size).toBe(5);
    expect(store.status().problems).toEqual([]);
  });

  it('refuses a document over its time budget with its path and reason; the last good offer keeps serving', async () => {
    const log = memoryLogger();
    pool = new ParsePool({ budgetMs: 300, threads: 1, spawn: stallingThread });
    store = await CatalogStore.open({
      dir,
      clock: manualClock(),
      logger: log.logger,
      debounceMs: 50,
      writeStabilityMs: 100,
      pool,
    });
    const s = store;
    const title = s.current().byRef(REF)?.offer.title ?? '';
    expect(title).not.toBe('');

    const good = await readFile(join(dir, FILE), 'utf8');
    await writeFile(join(dir, FILE), `${good.replace(title, 'Titre modifié')}\nBOUCLE SANS FIN\n`);
    const problem = await waitFor('le document refusé', () =>
      s.status().problems.find((p) => p.path === FILE),
    );
    expect(problem.reason).toMatch(/^analyse trop longue \(plus de 300 ms\)/);
    expect(s.current().byRef(REF)?.offer.title).toBe(title); // the last good version
    expect(pool.stats().timeouts).toBe(1);

    await writeFile(join(dir, FILE), good.replace(title, 'Titre corrigé'));
    await waitFor(
      'la version corrigée servie',
      () => s.current().byRef(REF)?.offer.title === 'Titre corrigé',
    );
    expect(s.status().problems).toEqual([]);
  });
});
