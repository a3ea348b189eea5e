import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/dialog/state/boundedMemoryStorage.ts';
import { CREATE_ONLY, StorageConflictError } from '../../../src/dialog/state/storage.ts';
import type { Clock } from '../../../src/time/clock.ts';

function movableClock(start = Date.parse('2025-06-05T01:00:00Z')) {
  let now = start;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, advance: (ms: number) => (now += ms) };
}

describe('the bounded in-memory storage', () => {
  it('reads back what it wrote, with an eTag', async () => {
    const storage = new BoundedMemoryStorage({
      ttlMs: 1000,
      maxItems: 10,
      clock: movableClock().clock,
    });
    await storage.write({ a: { state: { focus: 'x' } } });
    const read = await storage.read(['a', 'b']);
    expect(read.a).toMatchObject({ state: { focus: 'x' } });
    expect(read.a?.eTag).toBeTypeOf('string');
    expect(read.b).toBeUndefined();
  });

  it('forgets an item idle longer than its time-to-live', async () => {
    const { clock, advance } = movableClock();
    const storage = new BoundedMemoryStorage({ ttlMs: 60_000, maxItems: 10, clock });
    await storage.write({ a: { n: 1 } });
    advance(59_000);
    expect(await storage.read(['a'])).toHaveProperty('a');
    advance(61_000);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('stays within its maximum with 20,000 conversations, evicting the least recently used', async () => {
    const storage = new BoundedMemoryStorage({
      ttlMs: 3_600_000,
      maxItems: 5_000,
      clock: movableClock().clock,
    });
    for (let i = 0; i < 20_000; i += 1)
      await storage.write({ [`c${i}`]: { state: { focus: `ref-${i}` } } });
    expect(storage.size).toBe(5_000);
    expect(await storage.read(['c0', 'c14999'])).toEqual({});
    expect((await storage.read(['c19999'])).c19999).toMatchObject({
      state: { focus: 'ref-19999' },
    });
  });

  it('refuses a write whose eTag is stale, and a second creation', async () => {
    const storage = new BoundedMemoryStorage({
      ttlMs: 60_000,
      maxItems: 10,
      clock: movableClock().clock,
    });
    await storage.write({ a: { n: 1, eTag: CREATE_ONLY } });
    await expect(storage.write({ a: { n: 2, eTag: CREATE_ONLY } })).rejects.toBeInstanceOf(
      StorageConflictError,
    );
    const { eTag } = (await storage.read(['a'])).a!;
    await storage.write({ a: { n: 2, eTag } });
    await expect(storage.write({ a: { n: 3, eTag } })).rejects.toBeInstanceOf(StorageConflictError);
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 4 });
  });
});
