import { describe, expect, it } from 'vitest';
import { WordMemo } from '../../../src/offers/search/wordMemo.ts';

describe('WordMemo', () => {
  it('computes a word once, null and undefined results included', () => {
    const memo = new WordMemo<string | null | undefined>();
    let calls = 0;
    const compute = (w: string) => {
      calls += 1;
      return w === 'rien' ? null : w === 'vide' ? undefined : w.toUpperCase();
    };
    for (const word of ['poste', 'rien', 'vide', 'poste', 'rien', 'vide']) memo.get(word, compute);
    expect(calls).toBe(3);
    expect(memo.get('poste', compute)).toBe('POSTE');
  });

  it('forgets the oldest word past its bound', () => {
    const memo = new WordMemo<number>(2);
    let calls = 0;
    const compute = (w: string) => {
      calls += 1;
      return w.length;
    };
    memo.get('a', compute);
    memo.get('bb', compute);
    memo.get('ccc', compute);
    expect(memo.size).toBe(2);
    memo.get('bb', compute);
    expect(calls).toBe(3);
    memo.get('a', compute);
    expect(calls).toBe(4);
  });
});
