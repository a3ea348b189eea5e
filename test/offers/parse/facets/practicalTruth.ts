import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import type { ParseContext } from '../../../../src/offers/parse/types.ts';

const ROOT = join(import.meta.dirname, '../../../..');

/** One document of test/fixtures/facets/truth.jsonl with its facets as a person read them. */
export interface TruthDocument {
  file: string;
  path: string;
  truth: Record<string, unknown>;
  context: ParseContext;
}

/** The document a truth line names: a real AVP (26-XXXX.md) or a seed named by reference. */
function documentPath(file: string, reference: string): string {
  return file.startsWith('26-')
    ? join('test/fixtures/real-avp', file)
    : join('data/offers', `${reference.replace('/', '-')}.txt`);
}

/** The 25 documents of the facet ground truth, parsed into contexts. */
export function truthDocuments(): TruthDocument[] {
  return readFileSync(join(ROOT, 'test/fixtures/facets/truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const truth = JSON.parse(line) as Record<string, unknown>;
      const file = String(truth.file);
      const path = documentPath(file, String(truth.reference));
      const text = readFileSync(join(ROOT, path), 'utf8');
      return { file, path, truth, context: createContext(text, path) };
    });
}
