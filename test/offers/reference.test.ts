import { describe, expect, it } from 'vitest';
import { findReference, normalizeReference } from '../../src/offers/reference.ts';

describe('normalizeReference', () => {
  it.each([
    ['3134-25-0833/SR', '3134-25-0833/SR'],
    ['3134-26-712/SR', '3134-26-0712/SR'],
    ['26-0712', '3134-26-0712/SR'],
    ['26-712', '3134-26-0712/SR'],
    ['3134-25-0977-SR', '3134-25-0977/SR'],
    [' 3134 - 25 - 0833 /SR ', '3134-25-0833/SR'],
    ['3134-25-0833', '3134-25-0833/SR'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeReference(raw)).toBe(expected);
  });

  it.each([
    'bonjour',
    '',
    '27/12/2024',
    '1234-25-0833/SR',
    '2025-06-06',
    '3134-25-0833/SR et autre chose',
  ])('rejects %j', (raw) => {
    expect(normalizeReference(raw)).toBeNull();
  });
});

describe('findReference', () => {
  it('finds the reference inside a line', () => {
    expect(findReference('Référence : 3134-25-0833/SR du 06 juin 2025')?.reference).toBe(
      '3134-25-0833/SR',
    );
  });
  it('accepts a short reference only when asked', () => {
    expect(findReference('Réf. 26-0712 du 15 mai 2026')).toBeNull();
    expect(findReference('26-0712 du 15 mai 2026', true)?.reference).toBe('3134-26-0712/SR');
  });
  it('ignores dates and other numbers', () => {
    expect(findReference('Tél : 79.86.01, le 2025-06-06')).toBeNull();
  });
});
