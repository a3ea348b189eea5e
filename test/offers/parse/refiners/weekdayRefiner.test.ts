import { describe, expect, it } from 'vitest';
import { findFrenchDate } from '../../../../src/offers/parse/frenchDate.ts';
import { weekdayRefiner } from '../../../../src/offers/parse/refiners/weekdayRefiner.ts';
import { runRefiner } from '../helpers.ts';

describe('weekdayRefiner', () => {
  it('warns when the weekday does not match the kept date', () => {
    const found = findFrenchDate('lundi 8 mai 2026');
    const draft = runRefiner(weekdayRefiner, {
      publishedOn: '2026-05-08',
      found: { publishedOn: found, deadline: null },
    });
    expect(draft.warnings).toHaveLength(1);
  });

  it('is silent when the weekday matches', () => {
    const found = findFrenchDate('vendredi 8 mai 2026');
    const draft = runRefiner(weekdayRefiner, {
      publishedOn: '2026-05-08',
      found: { publishedOn: found, deadline: null },
    });
    expect(draft.warnings).toEqual([]);
  });
});
