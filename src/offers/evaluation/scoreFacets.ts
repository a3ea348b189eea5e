import { readFileSync } from 'node:fs';
import { parseOfferDocument } from '../parse/index.ts';
import { FACET_NAMES, FACETS, type Facet, type FacetRead, readFacet } from './facetTable.ts';
import { loadFacetTruth, type TruthDocument } from './facetTruth.ts';

/** One facet of one document that differs from the truth. */
export interface FacetMiss {
  /** The truth's `file`. */
  file: string;
  facet: Facet;
  expected: unknown;
  /** The offer's value; null when it has none (see `why`). */
  got: unknown;
  /** Why there is no value to compare (`champ absent`, `document refusé : ...`), else null. */
  why: string | null;
  /** The truth's quote of the document for this facet, null when the truth gives none. */
  quote: string | null;
}

/** Documents right for one facet. */
export interface FacetTally {
  hits: number;
  total: number;
  accuracy: number;
}

/** The parsed offers compared with the truth, facet by facet. */
export interface FacetScore {
  facets: Record<Facet, FacetTally>;
  /** Hits over comparisons, all facets together. */
  overall: number;
  misses: FacetMiss[];
}

/** Turns a document into an offer (the document parser by default); throws when it refuses it. */
export type ParseDocument = (text: string, source: string) => unknown;

/**
 * Parses each document of the truth and compares every facet with its rule (`FACETS`). A facet
 * the offer does not have (yet) and a document the parser refuses are misses.
 */
export function scoreFacets(
  documents: readonly TruthDocument[] = loadFacetTruth(),
  parse: ParseDocument = parseOfferDocument,
): FacetScore {
  const facets = Object.fromEntries(
    FACET_NAMES.map((f) => [f, { hits: 0, total: 0, accuracy: 0 }]),
  ) as Record<Facet, FacetTally>;
  const misses: FacetMiss[] = [];
  for (const document of documents) {
    let offer: unknown = null;
    let refused: string | null = null;
    try {
      offer = parse(readFileSync(document.path, 'utf8'), document.path);
    } catch (error) {
      refused = `document refusé : ${error instanceof Error ? error.message : String(error)}`;
    }
    for (const facet of FACET_NAMES) {
      const spec = FACETS[facet];
      const expected = document.expected[facet];
      const read: FacetRead =
        refused === null ? readFacet(offer, spec) : { present: false, why: refused };
      const tally = facets[facet];
      tally.total += 1;
      if (read.present && spec.compare(expected, read.value)) {
        tally.hits += 1;
        continue;
      }
      misses.push({
        file: document.file,
        facet,
        expected,
        got: read.present ? read.value : null,
        why: read.present ? null : read.why,
        quote: document.quotes[facet] ?? null,
      });
    }
  }
  let hits = 0;
  let total = 0;
  for (const tally of Object.values(facets)) {
    tally.accuracy = tally.total === 0 ? 1 : tally.hits / tally.total;
    hits += tally.hits;
    total += tally.total;
  }
  return { facets, overall: total === 0 ? 0 : hits / total, misses };
}
