import { describe, expect, it } from 'vitest';
import { swappedDatesRefiner } from '../../../../src/offers/parse/refiners/swappedDatesRefiner.ts';
import { runRefiner } from '../helpers.ts';

describe('swappedDatesRefiner', () => {
  it('swaps labels that carry each other’s date (the reference date settles it)', () => {
    const draft = runRefiner(swappedDatesRefiner, {
      publishedOn: '2026-06-05',
      deadline: '2026-05-15',
      referenceDate: '2026-05-15',
    });
    expect([draft.publishedOn, draft.deadline]).toEqual(['2026-05-15', '2026-06-05']);
    expect(draft.warnings).toHaveLength(1);
  });

  it('only warns when the reference date contradicts a swap', () => {
    const draft = runRefiner(swappedDatesRefiner, {
      publishedOn: '2026-06-05',
      deadline: '2026-05-15',
      referenceDate: '2026-06-05',
    });
    expect([draft.publishedOn, draft.deadline]).toEqual(['2026-06-05', '2026-05-15']);
    expect(draft.warnings[0]).toMatch(/antérieure/);
  });

  it.each([
    { publishedOn: '2026-05-08', deadline: '2026-05-29' },
    { publishedOn: null, deadline: '2026-05-29' },
    { publishedOn: '2026-05-08', deadline: null },
  ])('leaves consistent or partial dates alone: %j', (dates) => {
    const draft = runRefiner(swappedDatesRefiner, dates);
    expect([draft.publishedOn, draft.deadline, draft.warnings]).toEqual([
      dates.publishedOn,
      dates.deadline,
      [],
    ]);
  });
});
