import { describe, expect, it } from 'vitest';
import { findPlaces, placeMemoStats } from '../../src/nlu/entities/places.ts';
import { tokenize, tokenMemoStats } from '../../src/offers/search/analyzer.ts';
import type { MemoStats } from '../../src/text/boundedMemo.ts';
import { normalize, normalizeMemoStats } from '../../src/text/normalize.ts';
import { stem, stemMemoStats } from '../../src/text/tokens.ts';
import { seedAssistant } from '../helpers.ts';
import { distinctWords } from './wordMemos.ts';

const MB = 1024 * 1024;
const catalog = (await seedAssistant('2025-06-05')).catalog();

/** Many distinct short words (12 letters: cached, unlike long ones) in groups of `size`. */
function groups(count: number, length: number, size: number): string[] {
  const words = distinctWords(count, length);
  return Array.from({ length: Math.ceil(count / size) }, (_, g) =>
    words.slice(g * size, (g + 1) * size).join(' '),
  );
}

describe('every per-word and per-message memo stays within its entries and bytes', () => {
  it.each<[string, () => void, () => MemoStats, number]>([
    ['stems', () => distinctWords(60_000, 12).map((w) => stem(w)), stemMemoStats, 8 * MB],
    ['raw words', () => groups(60_000, 12, 1_000).map((t) => tokenize(t)), tokenMemoStats, 8 * MB],
    [
      'recent messages (2,000 characters each)',
      () =>
        groups(1_000 * 150, 12, 150)
          .slice(0, 1_000)
          .map((t) => normalize(t)),
      normalizeMemoStats,
      1 * MB,
    ],
    [
      'near misses of places',
      () => distinctWords(12_000, 6).map((w) => findPlaces([w, 'a', w])),
      placeMemoStats,
      1 * MB,
    ],
    [
      'title look-ups of a catalog',
      () => groups(30_000, 12, 500).map((t) => catalog.titleWords(t)),
      () => catalog.memoStats().titles,
      4 * MB,
    ],
    [
      'search words of a catalog',
      () => groups(30_000, 12, 10).map((t) => catalog.search(t)),
      () => catalog.memoStats().words,
      4 * MB,
    ],
  ])('%s', (_name, flood, stats, budget) => {
    flood();
    const after = stats();
    expect(after.maxBytes).toBeLessThanOrEqual(budget);
    expect(after.entries).toBeGreaterThan(0);
    expect(after.entries).toBeLessThanOrEqual(after.maxEntries);
    expect(after.bytes).toBeLessThanOrEqual(after.maxBytes);
  });
});
