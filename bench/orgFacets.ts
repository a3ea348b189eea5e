/**
 * Accuracy of the organisation facets (direction, service, corps, supervisor, team) on the 25
 * documents of test/fixtures/facets/truth.jsonl. Run: `npx tsx bench/orgFacets.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../src/offers/parse/draft.ts';
import { readCorps } from '../src/offers/parse/facets/corps.ts';
import { readDirection } from '../src/offers/parse/facets/direction.ts';
import {
  type AcronymTable,
  acronymTable,
  LEXICON_ACRONYMS,
} from '../src/offers/parse/facets/acronyms.ts';
import { learnAcronyms } from '../src/offers/parse/facets/learnAcronyms.ts';
import { readService } from '../src/offers/parse/facets/service.ts';
import { readSupervisor } from '../src/offers/parse/facets/supervisor.ts';
import { readTeam } from '../src/offers/parse/facets/team.ts';
import type { ParseContext } from '../src/offers/parse/types.ts';

const ROOT = join(import.meta.dirname, '..');

/** The organisation facets compared with the truth. */
export const ORG_FACETS = [
  'direction',
  'directionAcronym',
  'service',
  'corps',
  'supervisor',
  'team',
] as const;
export type OrgFacet = (typeof ORG_FACETS)[number];

/** One document of the truth, prepared. */
export interface TruthDocument {
  file: string;
  context: ParseContext;
  truth: Record<string, unknown>;
}

/** The 25 documents of the truth file, with their prepared contexts. */
export function loadTruthDocuments(): TruthDocument[] {
  const lines = readFileSync(join(ROOT, 'test/fixtures/facets/truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const truth = JSON.parse(line) as Record<string, unknown>;
    const file = String(truth.file);
    const path = /^\d\d-\d{4}\.md$/.test(file)
      ? join(ROOT, 'test/fixtures/real-avp', file)
      : join(ROOT, 'data/offers', `${String(truth.reference).replace('/', '-')}.txt`);
    return { file, context: createContext(readFileSync(path, 'utf8'), path), truth };
  });
}

/** The facets read from one document, in the truth's shape. */
export function readOrgFacets(
  context: ParseContext,
  acronyms: AcronymTable = LEXICON_ACRONYMS,
): Record<OrgFacet, unknown> {
  const direction = readDirection(context, acronyms)?.value ?? null;
  return {
    direction: direction?.name ?? null,
    directionAcronym: direction?.acronymFrom === 'document' ? direction.acronym : null,
    service: readService(context)?.value ?? null,
    corps: readCorps(context)?.value ?? null,
    supervisor: readSupervisor(context)?.value ?? null,
    team: readTeam(context)?.value ?? null,
  };
}

/**
 * Which acronym table the documents are read with: the lexicon learnt on by the 25 documents
 * (the catalog's two passes), the lexicon alone, or what the documents teach without it.
 */
export type TableMode = 'learned' | 'lexicon' | 'documents';

/** Per facet: documents right, and the misses. */
export function scoreOrgFacets(mode: TableMode = 'learned'): {
  right: Record<OrgFacet, number>;
  total: number;
  misses: Array<{ file: string; facet: OrgFacet; got: unknown; want: unknown }>;
} {
  const documents = loadTruthDocuments();
  const contexts = documents.map((d) => d.context);
  const acronyms =
    mode === 'lexicon'
      ? LEXICON_ACRONYMS
      : learnAcronyms(contexts, mode === 'documents' ? acronymTable([]) : LEXICON_ACRONYMS);
  const right = Object.fromEntries(ORG_FACETS.map((f) => [f, 0])) as Record<OrgFacet, number>;
  const misses: Array<{ file: string; facet: OrgFacet; got: unknown; want: unknown }> = [];
  for (const { file, context, truth } of documents) {
    const got = readOrgFacets(context, acronyms);
    for (const facet of ORG_FACETS) {
      const want = truth[facet] ?? null;
      if (JSON.stringify(got[facet]) === JSON.stringify(want)) right[facet]++;
      else misses.push({ file, facet, got: got[facet], want });
    }
  }
  return { right, total: documents.length, misses };
}

if (process.argv[1]?.endsWith('orgFacets.ts')) {
  for (const mode of ['learned', 'lexicon', 'documents'] as const) {
    const { right, total, misses } = scoreOrgFacets(mode);
    console.log(`acronym table: ${mode}`);
    for (const facet of ORG_FACETS) console.log(`  ${facet.padEnd(17)} ${right[facet]}/${total}`);
    for (const m of misses)
      console.log(
        `  MISS ${m.file} ${m.facet}: got ${JSON.stringify(m.got)} want ${JSON.stringify(m.want)}`,
      );
  }
}
