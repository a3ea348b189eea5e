import { describe, expect, it } from 'vitest';
import { referenceDateRefiner } from '../../../../src/offers/parse/refiners/referenceDateRefiner.ts';
import { runRefiner } from '../helpers.ts';

describe('referenceDateRefiner', () => {
  it('fills a missing publication date silently', () => {
    const draft = runRefiner(referenceDateRefiner, { referenceDate: '2025-06-06' });
    expect(draft.publishedOn).toBe('2025-06-06');
    expect(draft.warnings).toEqual([]);
  });

  it('wins over a different "date de dépôt", with a warning', () => {
    const draft = runRefiner(referenceDateRefiner, {
      referenceDate: '2025-06-06',
      publishedOn: '2025-06-07',
    });
    expect(draft.publishedOn).toBe('2025-06-06');
    expect(draft.warnings[0]).toMatch(/la référence fait foi/);
  });

  it('does nothing without a reference date', () => {
    const draft = runRefiner(referenceDateRefiner, { publishedOn: '2025-06-07' });
    expect([draft.publishedOn, draft.warnings]).toEqual(['2025-06-07', []]);
  });
});
