import { expect, it } from 'vitest';
import { type OrgFacet, scoreOrgFacets } from '../../../../bench/orgFacets.ts';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import type { ParseContext } from '../../../../src/offers/parse/types.ts';

/** A small synthetic document, prepared. */
export function doc(text: string): ParseContext {
  return createContext(text, 'synthetic.md');
}

/** One test: the facet equals the truth on all 25 documents (the catalog's learnt table). */
export function itMatchesTheTruth(facet: OrgFacet): void {
  it(`equals the truth on the 25 documents (${facet})`, () => {
    const { right, total, misses } = scoreOrgFacets('learned');
    expect(misses.filter((m) => m.facet === facet)).toEqual([]);
    expect(right[facet]).toBe(total);
    expect(total).toBe(25);
  });
}
