import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTruthDocuments } from '../../../bench/orgFacets.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';

/** The facets the parser sets on each offer, compared with the blind truth. */
const FACETS = [
  'communes',
  'province',
  'direction',
  'directionAcronym',
  'service',
  'corps',
  'supervisor',
  'team',
  'drivingLicence',
  'travel',
  'housing',
  'contact',
  'application',
  'positions',
  'startDate',
] as const;

const documents = loadTruthDocuments();
const cases = documents.flatMap(({ file, context, truth }) =>
  FACETS.map((facet) => [file, facet, context.source, truth[facet] ?? null] as const),
);

describe('the parsed offers of the 25 documents carry the truth facets', () => {
  it('has the 25 documents', () => expect(documents).toHaveLength(25));

  it.each(cases)('%s: %s', (_file, facet, path, want) => {
    const offer = parseOfferDocument(readFileSync(path, 'utf8'), path);
    expect(offer[facet]).toEqual(facet === 'corps' && want === null ? [] : want);
    if (want !== null) expect(offer.quotes[facet]).toBeTruthy();
  });
});
