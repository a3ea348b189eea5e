import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../../src/offers/parseCache.ts';
import { ParsePool } from '../../src/offers/parsePool.ts';

/** A fake thread that parses every document of a message (counters bumped), then dies before replying. */
const DIES_BETWEEN = `
const { parentPort, workerData } = require('node:worker_threads');
const p = new Int32Array(workerData.progress);
parentPort.on('message', ({ documents }) => {
  for (const d of documents) { Atomics.add(p, 0, 1); Atomics.add(p, 1, 1); }
  throw new Error('réponse impossible');
});`;

/** A fake thread that answers every document. */
const ANSWERS = `
const { parentPort, workerData } = require('node:worker_threads');
const p = new Int32Array(workerData.progress);
parentPort.on('message', ({ id, documents }) => {
  const outcomes = documents.map(({ source }) => {
    Atomics.add(p, 0, 1); Atomics.add(p, 1, 1);
    return { ok: false, reason: 'lu ' + source };
  });
  parentPort.postMessage({ id, outcomes });
});`;

/** Liveness only: 10× what these fakes need, far from any timing the test depends on. */
const LIVENESS_MS = 10_000;

let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

interface Case {
  name: string;
  /** The thread started the n-th time (from 1): its code, or a throw from `spawn` itself. */
  thread(n: number): string | 'throw';
  reasons: (string | RegExp)[];
  /** At most this many threads started. */
  maxSpawned: number;
}

const CASES: Case[] = [
  {
    name: 'a thread that always dies between documents: refused after two losses, never looped',
    thread: () => DIES_BETWEEN,
    reasons: [/^analyse impossible/, /^analyse impossible/],
    maxSpawned: 2,
  },
  {
    name: 'a thread that dies between documents once: parsed by the next one',
    thread: (n) => (n === 1 ? DIES_BETWEEN : ANSWERS),
    reasons: ['lu doc-a', 'lu doc-b'],
    maxSpawned: 2,
  },
  {
    name: 'spawn throws every time: the batch refused, the process alive',
    thread: () => 'throw',
    reasons: [/^analyse impossible \(fil d'analyse non démarré : plus de fil\)$/, /^analyse/],
    maxSpawned: 1,
  },
  {
    name: 'spawn throws once: that batch refused, the next one parsed',
    thread: (n) => (n === 1 ? 'throw' : ANSWERS),
    reasons: [/^analyse impossible/, /^analyse impossible/],
    maxSpawned: 1,
  },
  {
    name: 'a thread that answers (control)',
    thread: () => ANSWERS,
    reasons: ['lu doc-a', 'lu doc-b'],
    maxSpawned: 1,
  },
];

describe('ParsePool: threads lost between documents, threads that cannot be spawned', () => {
  it.each(CASES)('$name', async ({ thread, reasons, maxSpawned }) => {
    let spawned = 0;
    pool = new ParsePool({
      threads: 1,
      budgetMs: 200,
      spawn: (progress) => {
        spawned += 1;
        const code = thread(spawned);
        if (code === 'throw') throw new Error('plus de fil');
        return new Worker(code, { eval: true, workerData: { progress } });
      },
    });
    const p = pool;
    const all = Promise.all(['doc-a', 'doc-b'].map((s) => p.parse(new Uint8Array([65]), s)));
    const settled = await Promise.race([
      all,
      new Promise<'pending'>((r) => setTimeout(() => r('pending'), LIVENESS_MS).unref()),
    ]);
    expect(settled).not.toBe('pending');
    const outcomes = settled as ParseOutcome[];
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(
      reasons.map((r) => (typeof r === 'string' ? r : expect.stringMatching(r))),
    );
    for (const o of outcomes) if (!o.ok && !o.reason.startsWith('lu ')) expect(o.retry).toBe(true);
    expect(spawned).toBeLessThanOrEqual(maxSpawned);
    // Still answers afterwards (the next batch gets a fresh attempt).
    expect(p.stats().queued).toBe(0);
  });
});
