import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/offers/loadCatalog.ts';
import type { ParseOutcome } from '../../src/offers/parseCache.ts';
import { ParsePool, type ParsePoolOptions } from '../../src/offers/parsePool.ts';
import { waitFor } from './storeHelpers.ts';

/**
 * A fake parse thread speaking the real protocol: it answers `lu <source> (message n)`, loops
 * forever on a source holding "boucle", exits on one holding "plante".
 */
const FAKE = `
const { parentPort, workerData } = require('node:worker_threads');
const progress = new Int32Array(workerData.progress);
let messages = 0;
parentPort.on('message', ({ id, documents }) => {
  messages += 1;
  const outcomes = documents.map(({ source }) => {
    Atomics.add(progress, 0, 1);
    if (source.includes('boucle')) for (;;) {}
    if (source.includes('plante')) process.exit(3);
    Atomics.add(progress, 1, 1);
    return { ok: false, reason: 'lu ' + source + ' (message ' + messages + ')' };
  });
  parentPort.postMessage({ id, outcomes });
});`;

let pool: ParsePool | undefined;
let spawned = 0;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  spawned = 0;
});

function fakePool(options: ParsePoolOptions = {}, code = FAKE): ParsePool {
  pool = new ParsePool({
    threads: 1,
    spawn: (progress) => {
      spawned += 1;
      return new Worker(code, { eval: true, workerData: { progress } });
    },
    ...options,
  });
  return pool;
}

const bytes = new Uint8Array([120]);
const parseAll = (p: ParsePool, sources: string[]): Promise<ParseOutcome[]> =>
  Promise.all(sources.map((source) => p.parse(bytes, source)));
const reasons = (outcomes: ParseOutcome[]) => outcomes.map((o) => (o.ok ? 'ok' : o.reason));

describe('ParsePool', () => {
  it('answers every document, in order, many documents per message', async () => {
    const p = fakePool({ batchSize: 32 });
    const sources = Array.from({ length: 100 }, (_, i) => `doc-${i}`);
    const outcomes = await parseAll(p, sources);
    expect(reasons(outcomes).map((r) => r.replace(/ \(message \d+\)/, ''))).toEqual(
      sources.map((s) => `lu ${s}`),
    );
    expect(p.stats().batches).toBe(4); // 32 + 32 + 32 + 4, not 100 messages
    expect(reasons(outcomes).at(-1)).toMatch(/message 4\)$/);
  });

  it.each([
    ['runs past its budget', 'doc-boucle', /^analyse trop longue \(plus de 300 ms\)/, 'timeouts'],
    ['kills its thread', 'doc-plante', /^analyse impossible \(.*code 3\)$/, 'crashes'],
  ] as const)(
    'refuses a document that %s, and parses the others in a new thread',
    async (_what, bad, reason, counter) => {
      const p = fakePool({ budgetMs: 300 });
      const outcomes = await parseAll(p, ['doc-a', bad, 'doc-c', 'doc-d']);
      expect(outcomes[1]).toEqual({
        ok: false,
        reason: expect.stringMatching(reason),
        retry: true,
      });
      expect(reasons(outcomes.filter((_, i) => i !== 1))).toEqual([
        expect.stringMatching(/^lu doc-a/),
        expect.stringMatching(/^lu doc-c/),
        expect.stringMatching(/^lu doc-d/),
      ]);
      expect(p.stats()[counter]).toBe(1);
      expect(spawned).toBe(2);
    },
  );

  it('refuses the documents of a thread that cannot start, instead of restarting it forever', async () => {
    const p = fakePool({}, `throw new Error('démarrage impossible');`);
    const outcomes = await parseAll(p, ['doc-a', 'doc-b']);
    expect(reasons(outcomes)).toEqual([
      expect.stringMatching(/^analyse impossible \(démarrage impossible\)/),
      expect.stringMatching(/^analyse impossible \(démarrage impossible\)/),
    ]);
    expect(spawned).toBe(1);
  });

  it('stops an idle thread, and starts one again for the next document', async () => {
    const p = fakePool({ idleMs: 50 });
    await parseAll(p, ['doc-a']);
    await waitFor('le fil inactif arrêté', () => p.stats().threads === 0);
    expect(reasons(await parseAll(p, ['doc-b']))).toEqual([expect.stringMatching(/^lu doc-b/)]);
    expect(spawned).toBe(2);
  });

  it('refuses what is still waiting once closed', async () => {
    const p = fakePool({ budgetMs: 60_000 });
    const pending = parseAll(p, ['doc-boucle', 'doc-b']);
    await waitFor('le document en cours', () => p.stats().batches === 1);
    await p.close();
    expect(reasons(await pending)).toEqual([
      expect.stringMatching(/^analyse interrompue/),
      expect.stringMatching(/^analyse interrompue/),
    ]);
    expect(reasons(await parseAll(p, ['doc-c']))).toEqual([
      expect.stringMatching(/^analyse interrompue/),
    ]);
  });
});

describe('ParsePool with the real parse thread (from the sources)', () => {
  it('gives the same outcomes as parsing in this thread, and refuses a hostile document', async () => {
    const p = new ParsePool({ threads: 2, batchSize: 2 });
    pool = p;
    const files = readdirSync('data/offers').map((f) => join('data/offers', f));
    const seed = readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8');
    const documents = [
      ...files.map((path) => ({ source: path, bytes: readFileSync(path) })),
      { source: 'hostile.md', bytes: Buffer.from(`${seed}${' '.repeat(300_000)}fin`) },
    ];
    const outcomes = await Promise.all(documents.map((d) => p.parse(d.bytes, d.source)));
    expect(outcomes).toEqual(documents.map((d) => parseBytes(d.bytes, d.source)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(files.length);
    expect(outcomes.at(-1)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/presque vide/),
    });
  });
});
