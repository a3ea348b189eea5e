import { describe, expect, it } from 'vitest';
import { BoundedMemo, ENTRY_OVERHEAD_BYTES, stringBytes } from '../../src/text/boundedMemo.ts';

function memo<V>(maxEntries: number, maxBytes: number, maxKeyLength = 30) {
  return new BoundedMemo<V>({ maxEntries, maxBytes, maxKeyLength, valueBytes: () => 0 });
}

/** Gets each key in turn from `m`, counting the computations. */
function countCalls<V>(m: BoundedMemo<V>, keys: string[], compute: (k: string) => V): number {
  let calls = 0;
  const counted = (k: string) => {
    calls += 1;
    return compute(k);
  };
  for (const key of keys) m.get(key, counted);
  return calls;
}

describe('BoundedMemo', () => {
  it('computes a key once, null and undefined results included', () => {
    const m = memo<string | null | undefined>(10, 1e6);
    const compute = (w: string) =>
      w === 'rien' ? null : w === 'vide' ? undefined : w.toUpperCase();
    const keys = ['poste', 'rien', 'vide', 'poste', 'rien', 'vide'];
    expect(countCalls(m, keys, compute)).toBe(3);
    expect(m.get('poste', compute)).toBe('POSTE');
    expect(m.get('rien', compute)).toBeNull();
  });

  it.each<[string, number, number, string[], string[], number]>([
    // name, maxEntries, maxBytes, filled with, then asked, computations for the asked
    [
      'in entries: the least recently used goes first',
      2,
      1e6,
      ['a', 'bb', 'a', 'ccc'],
      ['a', 'bb'],
      1,
    ],
    [
      'in bytes: the least recently used goes first',
      100,
      2 * (ENTRY_OVERHEAD_BYTES + stringBytes('aa')),
      ['aa', 'bb', 'cc'],
      ['bb', 'cc', 'aa'],
      1,
    ],
    ['nothing forgotten under both bounds', 3, 1e6, ['a', 'bb', 'ccc'], ['a', 'bb', 'ccc'], 0],
  ])('forgets past its bound %s', (_name, maxEntries, maxBytes, filled, asked, calls) => {
    const m = memo<number>(maxEntries, maxBytes);
    countCalls(m, filled, (k) => k.length);
    expect(countCalls(m, asked, (k) => k.length)).toBe(calls);
    const stats = m.stats();
    expect(stats.entries).toBeLessThanOrEqual(maxEntries);
    expect(stats.bytes).toBeLessThanOrEqual(maxBytes);
  });

  it.each<[string, number, number]>([
    ['at the bound', 30, 1],
    ['one over the bound', 31, 0],
    ['500 characters', 500, 0],
  ])('a key %s (%i characters) is kept %i time', (_name, length, kept) => {
    const m = memo<number>(10, 1e6);
    const key = 'x'.repeat(length);
    expect(countCalls(m, [key, key], (k) => k.length)).toBe(2 - kept);
    expect(m.get(key, (k) => k.length)).toBe(length);
    expect(m.stats().entries).toBe(kept);
  });

  it('counts keys, values and bookkeeping in its bytes', () => {
    const m = new BoundedMemo<string>({
      maxEntries: 10,
      maxBytes: 1e6,
      maxKeyLength: 30,
      valueBytes: stringBytes,
    });
    m.get('relations', () => 'relat');
    expect(m.stats()).toEqual({
      entries: 1,
      bytes: ENTRY_OVERHEAD_BYTES + stringBytes('relations') + stringBytes('relat'),
      maxEntries: 10,
      maxBytes: 1e6,
    });
  });
});
