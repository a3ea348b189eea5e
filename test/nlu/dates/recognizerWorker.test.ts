import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { findDateRangeAsync } from '../../../src/nlu/dates/findDateRangeAsync.ts';
import { RecognizerWorker } from '../../../src/nlu/dates/recognizerPool.ts';
import type { DateMention } from '../../../src/nlu/dates/types.ts';

const TODAY = '2025-06-11';
const PATHOLOGICAL = '12/03/2024 1er 2 3 fin juin '.repeat(150).slice(0, 4000);

/** A fake recognizer thread: warm at once, loops forever on "hang", answers null otherwise. */
function fakeThread(): Worker {
  const code = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (r) => {
      if (r.text === 'hang') for (;;) {}
      parentPort.postMessage({ id: r.id, mention: r.warmUp ? null : { start: '2025-06-30', end: '2025-06-30', said: r.text, relation: 'on' } });
    });`;
  return new Worker(code, { eval: true });
}

/** Counts `setInterval` ticks and the longest gap between two, while `task` runs. */
async function whileTicking<T>(
  task: () => Promise<T>,
): Promise<{ result: T; ticks: number; longestGap: number }> {
  let ticks = 0;
  let last = performance.now();
  let longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks += 1;
  }, 5);
  try {
    const result = await task();
    longestGap = Math.max(longestGap, performance.now() - last);
    return { result, ticks, longestGap };
  } finally {
    clearInterval(timer);
  }
}

const open: RecognizerWorker[] = [];
function recognizer(options: ConstructorParameters<typeof RecognizerWorker>[0]): RecognizerWorker {
  const made = new RecognizerWorker(options);
  open.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

describe('RecognizerWorker (the real recognizer in a thread)', () => {
  it('warms in the background and never blocks the event loop, even cold on a 4,000-character input', async () => {
    const worker = recognizer({ warmNow: false });
    expect(worker.status()).toBe('cold');
    const { result, ticks, longestGap } = await whileTicking(async () => {
      const pending = worker.recognize(PATHOLOGICAL, TODAY, { timeoutMs: 60_000 });
      expect(worker.status()).toBe('warming');
      return pending;
    });
    expect(result?.start).toBe('2024-03-12');
    expect(worker.status()).toBe('warm');
    // The model load and first parses take seconds in the thread; the main loop keeps ticking.
    expect(ticks).toBeGreaterThan(20);
    expect(longestGap).toBeLessThan(1_000);
  }, 60_000);

  it('answers null when the budget runs out', async () => {
    const worker = recognizer({ warmNow: false });
    expect(await worker.recognize('le 30 juin', TODAY, { timeoutMs: 1 })).toBeNull();
    expect(worker.stats().timeouts).toBe(1);
  });
});

describe('RecognizerWorker (a fake thread)', () => {
  it('returns null on a stuck request, replaces the thread, then answers again', async () => {
    const worker = recognizer({ spawn: fakeThread, timeoutMs: 2_000 });
    expect(await worker.ready(10_000)).toBe(true);
    const { result, ticks } = await whileTicking(() =>
      worker.recognize('hang', TODAY, { timeoutMs: 150 }),
    );
    expect(result).toBeNull();
    expect(ticks).toBeGreaterThan(5);
    expect(worker.stats()).toMatchObject({ timeouts: 1, restarts: 1 });
    expect((await worker.recognize('fin juin', TODAY))?.said).toBe('fin juin');
    expect(worker.status()).toBe('warm');
  });

  it('drops requests with null when the queue is full', async () => {
    const worker = recognizer({ spawn: fakeThread, maxQueue: 2, timeoutMs: 300 });
    await worker.ready(10_000);
    const stuck = worker.recognize('hang', TODAY);
    const waiting = [worker.recognize('a', TODAY), worker.recognize('b', TODAY)];
    expect(await worker.recognize('c', TODAY)).toBeNull();
    expect(worker.stats().dropped).toBe(1);
    expect(await stuck).toBeNull();
    expect(await Promise.all(waiting)).toEqual([null, null]);
  });

  it('answers null once closed', async () => {
    const worker = recognizer({ spawn: fakeThread });
    await worker.close();
    expect(await worker.recognize('fin juin', TODAY)).toBeNull();
  });
});

describe('findDateRangeAsync with an injected recognizer', () => {
  const calls: string[] = [];
  const fake = async (text: string): Promise<DateMention | null> => {
    calls.push(text);
    return { start: '2025-12-25', end: '2025-12-25', said: 'noel', relation: 'on' };
  };

  it('calls it only when our parsers find nothing and the pre-filter passes', async () => {
    calls.length = 0;
    expect((await findDateRangeAsync('avant le 30 juin', TODAY, { recognize: fake }))?.end).toBe(
      '2025-06-29',
    );
    expect(await findDateRangeAsync('comment postuler', TODAY, { recognize: fake })).toBeNull();
    expect(
      (await findDateRangeAsync('les offres publiées à la rentrée', TODAY, { recognize: fake }))
        ?.start,
    ).toBe('2025-12-25');
    expect(calls).toEqual(['les offres publiées à la rentrée']);
  });

  it('counts a failing recognizer as no date', async () => {
    const failing = async (): Promise<DateMention | null> => {
      throw new Error('boom');
    };
    expect(
      await findDateRangeAsync('les offres publiées à la rentrée', TODAY, { recognize: failing }),
    ).toBeNull();
  });
});
