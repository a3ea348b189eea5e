import { describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../../src/offers/feed/backoff.ts';
import { createFeedSync, type FeedTimers } from '../../../src/offers/feed/sync.ts';
import type { FetchedFeed } from '../../../src/offers/feed/portalReader.ts';

const policy = (r: number) => ({ baseMs: 1_000, capMs: 8_000, random: () => r });

describe('backoffDelay: exponential, capped, equal jitter', () => {
  it.each([
    { failures: 1, r: 0, ms: 500 },
    { failures: 1, r: 0.5, ms: 750 },
    { failures: 1, r: 0.99, ms: 995 },
    { failures: 2, r: 0.5, ms: 1_500 },
    { failures: 3, r: 0.5, ms: 3_000 },
    { failures: 4, r: 0.5, ms: 6_000 },
    { failures: 5, r: 0.5, ms: 6_000 }, // capped: 8 s step
    { failures: 500, r: 1, ms: 8_000 }, // no overflow, never past the cap
    { failures: 0, r: 0.5, ms: 750 }, // nonsense count: the first step
    { failures: 1, r: -3, ms: 500 }, // a random out of [0, 1) is clamped
    { failures: 1, r: 7, ms: 1_000 },
  ])('$failures failures, random $r → $ms ms', ({ failures, r, ms }) => {
    expect(backoffDelay(failures, policy(r))).toBe(ms);
  });
});

/** Timers that run nothing by themselves: each wait asked is recorded, `fire` runs the next. */
function manualTimers() {
  const waits: number[] = [];
  let pending: (() => void) | null = null;
  const timers: FeedTimers = {
    set: (callback, ms) => {
      waits.push(ms);
      pending = callback;
      return waits.length;
    },
    clear: () => void (pending = null),
  };
  return { waits, timers, fire: () => pending?.() };
}

const BODY = new TextEncoder().encode('id,numero,libelle_poste\n1,26-0001,Secrétaire\n');

describe('the sync waits longer after each failure, the interval again after a success', () => {
  it('fails 5 times, then reads, then 304', async () => {
    const script: FetchedFeed[] = [
      ...Array.from({ length: 5 }, () => ({ kind: 'failed', reason: 'HTTP 503' }) as const),
      { kind: 'body', input: BODY, accept: () => undefined },
      { kind: 'notModified' },
      { kind: 'failed', reason: 'HTTP 503' },
    ];
    const { waits, timers, fire } = manualTimers();
    let calls = 0;
    let refreshes = 0;
    const sync = createFeedSync({
      source: 'http://127.0.0.1:9/feed',
      intervalMs: 60_000,
      onOffers: () => undefined,
      onRefresh: () => void refreshes++,
      fetch: async () => script[calls++] ?? { kind: 'notModified' },
      backoff: policy(0.5),
      timers,
    });
    sync.start();
    for (let i = 1; i < script.length; i++) {
      await vi.waitFor(() => expect(waits).toHaveLength(i));
      fire();
    }
    await vi.waitFor(() => expect(waits).toHaveLength(script.length));
    sync.stop();
    expect(refreshes).toBe(script.length);
    expect(waits).toEqual([750, 1_500, 3_000, 6_000, 6_000, 60_000, 60_000, 750]);
  });
});
