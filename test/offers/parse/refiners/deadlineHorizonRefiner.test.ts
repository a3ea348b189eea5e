import { describe, expect, it } from 'vitest';
import { findFrenchDate } from '../../../../src/offers/parse/frenchDate.ts';
import { deadlineHorizonRefiner } from '../../../../src/offers/parse/refiners/deadlineHorizonRefiner.ts';
import { runRefiner } from '../helpers.ts';

const withDeadline = (written: string, publishedOn: string) => {
  const found = findFrenchDate(written);
  return {
    publishedOn,
    deadline: found?.iso ?? null,
    found: { publishedOn: null, deadline: found },
  };
};

describe('deadlineHorizonRefiner', () => {
  it('corrects a year the written weekday proves wrong', () => {
    const draft = runRefiner(
      deadlineHorizonRefiner,
      withDeadline('vendredi 29 mai 2029', '2026-05-08'),
    );
    expect(draft.deadline).toBe('2026-05-29');
    expect(draft.warnings[0]).toMatch(/corrigée/);
  });

  it('keeps a far deadline without weekday evidence, with a warning', () => {
    const draft = runRefiner(deadlineHorizonRefiner, withDeadline('29 mai 2029', '2026-05-08'));
    expect(draft.deadline).toBe('2029-05-29');
    expect(draft.warnings[0]).toMatch(/plus d'un an/);
  });

  it('accepts a deadline a few weeks after publication', () => {
    const draft = runRefiner(
      deadlineHorizonRefiner,
      withDeadline('vendredi 29 mai 2026', '2026-05-08'),
    );
    expect([draft.deadline, draft.warnings]).toEqual(['2026-05-29', []]);
  });
});
