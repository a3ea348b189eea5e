import { describe, expect, it } from 'vitest';
import { scoreCorpus, TARGET_ACCURACY } from '../../../bench/evalOffers.ts';

describe('parser on the 20 real AVP documents', () => {
  it(`reaches ${TARGET_ACCURACY * 100} % overall against the portal's truth`, () => {
    const score = scoreCorpus();
    expect(score.misses).toEqual([]); // shown on failure; the threshold below is the requirement
    expect(score.overall).toBeGreaterThanOrEqual(TARGET_ACCURACY);
  });
});
