import { describe, expect, it } from 'vitest';
import {
  findFrenchDate,
  foldSameLength,
  parseFrenchDate,
} from '../../../src/offers/parse/frenchDate.ts';

describe('parseFrenchDate', () => {
  it.each([
    ['vendredi 06 juin 2025', '2025-06-06'],
    ['Vendredi 8 août 2025', '2025-08-08'],
    ['27/12/2024', '2024-12-27'],
    ['1er janvier 2025', '2025-01-01'],
    ['1 er octobre 2026', '2026-10-01'],
    ['15 mai 2026', '2026-05-15'],
    ['le 18/07/2025', '2025-07-18'],
    ['vendredi 17 decembre 2024', '2024-12-17'],
    ['3134-26-0624/SR du 15 mai 2026', '2026-05-15'],
  ])('%s → %s', (text, iso) => {
    expect(parseFrenchDate(text)).toBe(iso);
  });

  it.each(['dès que possible', '31/02/2025', '32 mai 2025', 'mai 2025', '/'])(
    'finds no date in %j',
    (text) => {
      expect(parseFrenchDate(text)).toBeNull();
    },
  );
});

describe('findFrenchDate', () => {
  it('checks the written weekday', () => {
    expect(findFrenchDate('vendredi 29 mai 2026')).toMatchObject({
      writtenWeekday: 5,
      weekdayMatches: true,
    });
    expect(findFrenchDate('vendredi 29 mai 2029')).toMatchObject({
      iso: '2029-05-29',
      weekdayMatches: false,
    });
    expect(findFrenchDate('29 mai 2029')).toMatchObject({
      writtenWeekday: null,
      weekdayMatches: true,
    });
  });
});

describe('foldSameLength', () => {
  it('keeps indices', () => {
    const text = 'Date de dépôt de l’offre';
    expect(foldSameLength(text)).toBe("date de depot de l'offre");
    expect(foldSameLength(text)).toHaveLength(text.length);
  });
});
