/**
 * Accuracy of the practical facets (licence, travel, housing, contact, application,
 * positions, start date) on the 25 documents of test/fixtures/facets/truth.jsonl.
 *
 *   npx tsx bench/practicalFacets.ts           # per-facet scores and misses
 */
import { isDeepStrictEqual } from 'node:util';
import { applicationFacet } from '../src/offers/parse/facets/application.ts';
import { contactFacet } from '../src/offers/parse/facets/contact.ts';
import { drivingLicenceFacet } from '../src/offers/parse/facets/drivingLicence.ts';
import { housingFacet } from '../src/offers/parse/facets/housing.ts';
import { positionsFacet } from '../src/offers/parse/facets/positions.ts';
import { startDateFacet } from '../src/offers/parse/facets/startDate.ts';
import type { Sourced } from '../src/offers/parse/facets/sourced.ts';
import { travelFacet } from '../src/offers/parse/facets/travel.ts';
import type { ParseContext } from '../src/offers/parse/types.ts';
import { truthDocuments } from '../test/offers/parse/facets/practicalTruth.ts';

/** The practical facets and their readers, by truth key. */
export const PRACTICAL_FACETS: Readonly<
  Record<string, (context: ParseContext) => Sourced<unknown> | null>
> = {
  drivingLicence: drivingLicenceFacet,
  travel: travelFacet,
  housing: housingFacet,
  contact: contactFacet,
  application: applicationFacet,
  positions: positionsFacet,
  startDate: startDateFacet,
};

/** One facet's score: documents equal to the truth, and the others. */
export interface FacetScore {
  facet: string;
  equal: number;
  total: number;
  misses: Array<{ file: string; expected: unknown; actual: unknown }>;
}

/** Scores every practical facet against the truth. */
export function scorePracticalFacets(): FacetScore[] {
  const documents = truthDocuments();
  return Object.entries(PRACTICAL_FACETS).map(([facet, read]) => {
    const score: FacetScore = { facet, equal: 0, total: documents.length, misses: [] };
    for (const doc of documents) {
      const actual = read(doc.context)?.value ?? null;
      const expected = doc.truth[facet] ?? null;
      if (isDeepStrictEqual(actual, expected)) score.equal++;
      else score.misses.push({ file: doc.file, expected, actual });
    }
    return score;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const score of scorePracticalFacets()) {
    console.log(`${score.facet.padEnd(15)} ${score.equal}/${score.total}`);
    for (const miss of score.misses) {
      console.log(`  ${miss.file}\n    expected ${JSON.stringify(miss.expected)}`);
      console.log(`    actual   ${JSON.stringify(miss.actual)}`);
    }
  }
}
