import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FACET_NAMES, type Facet } from './facetTable.ts';

/** The project's root folder. */
const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The blind ground truth of the facets: 20 real AVPs and 5 seeds. */
export const FACET_TRUTH_FILE = join(ROOT, 'test', 'fixtures', 'facets', 'truth.jsonl');

/** A real AVP of the truth is named like `26-0624.md`; any other name is a seed. */
const REAL_DOCUMENT = /^\d{2}-\d{4}\.md$/;

const TruthLine = z.looseObject({
  file: z.string().min(1),
  reference: z.string().regex(/^3134-\d{2}-\d{4}\/[A-Z]{2}$/),
  quotes: z.record(z.string(), z.string()),
  notes: z.string().optional(),
});

/** One document of the ground truth. */
export interface TruthDocument {
  /** The truth's `file` (`26-0624.md`, or a seed's name such as `000_6140e5f895af2a9e.txt`). */
  file: string;
  /** The document to parse: test/fixtures/real-avp/<file>, or data/offers/<reference>.txt. */
  path: string;
  /** Every facet's expected value. */
  expected: Record<Facet, unknown>;
  /** The document line each non-null value came from, by facet. */
  quotes: Record<string, string>;
}

/**
 * Reads the ground truth: one JSON line per document. A real AVP is read from
 * test/fixtures/real-avp/; a seed from data/offers/, named by its reference (`/` becomes `-`).
 *
 * @throws Error when a line is not valid JSON, lacks a facet, or does not fit the schema.
 */
export function loadFacetTruth(file: string = FACET_TRUTH_FILE): TruthDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = TruthLine.parse(JSON.parse(line));
      const missing = FACET_NAMES.filter((facet) => !Object.hasOwn(row, facet));
      if (missing.length > 0)
        throw new Error(`${file}:${index + 1}: facettes absentes ${missing.join(', ')}`);
      const path = REAL_DOCUMENT.test(row.file)
        ? join(ROOT, 'test', 'fixtures', 'real-avp', row.file)
        : join(ROOT, 'data', 'offers', `${row.reference.replace('/', '-')}.txt`);
      const expected = Object.fromEntries(FACET_NAMES.map((f) => [f, row[f]])) as Record<
        Facet,
        unknown
      >;
      return { file: row.file, path, expected, quotes: row.quotes };
    });
}
