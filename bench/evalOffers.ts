/**
 * Scores the AVP parser on the 20 real PDF-to-markdown documents of
 * test/fixtures/real-avp against the portal's published truth (truth.jsonl).
 * Run: `npm run eval:offers` (exits 1 below 98 % overall on these fields).
 *
 * It then prints the accuracy per facet against the blind ground truth of
 * test/fixtures/facets/truth.jsonl (25 documents, rules in src/offers/evaluation/facetTable.ts)
 * and every miss with the truth's quote. Those figures do not change the exit code.
 *
 * Tolerances, field by field:
 * - reference, deadline: exact.
 * - title: the portal's title is reworded from the heading ("Chargés ... Grands
 *   Comptes" vs "Chargé ... Grand Comptes", a "DPSP –" prefix), so the Dice
 *   similarity of the two word sets (normalised, plural `s` folded) must be >= 0.6.
 * - employer: every significant word of the truth (articles dropped) is in ours.
 * - corps: the truth's corps, normalised, is contained in ours ("cadre
 *   d'exploitation" in "Cadre d'exploitation ou Contrôleur"); when ours is a list
 *   of alternatives, in one of them.
 * - place: the truth's `ville`, normalised, is contained in our location; rows
 *   whose `ville` is null are not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Offer } from '../src/offers/offer.ts';
import { FACET_NAMES } from '../src/offers/evaluation/facetTable.ts';
import { type FacetScore, scoreFacets } from '../src/offers/evaluation/scoreFacets.ts';
import { parseOfferDocument } from '../src/offers/parse/index.ts';
import { normalizeWords } from '../src/text/normalize.ts';

export const DEFAULT_CORPUS = join(import.meta.dirname, '..', 'test', 'fixtures', 'real-avp');
export const TITLE_SIMILARITY = 0.6;
export const TARGET_ACCURACY = 0.98;

const TruthRow = z.object({
  reference: z.string(),
  numero: z.string(),
  title: z.string(),
  employer: z.string(),
  corps_grade: z.string(),
  ville: z.string().nullable(),
  deadline: z.string(),
});
type TruthRow = z.infer<typeof TruthRow>;

const STOP_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', 'l', 'd', 'a', 'en']);

function words(text: string): string[] {
  return normalizeWords(text)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
}

/** Dice similarity of two texts' word sets (normalised, plural `s` folded). */
export function titleSimilarity(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size + right.size === 0) return 1;
  const common = [...left].filter((w) => right.has(w)).length;
  return (2 * common) / (left.size + right.size);
}

const contains = (ours: string | null, truth: string): boolean =>
  ours !== null && ` ${normalizeWords(ours)} `.includes(` ${normalizeWords(truth)} `);

/** The offer's corps as a list of alternatives, whether `Offer.corps` is a text or a list. */
function corpsAlternatives(offer: Offer): string[] {
  const corps: unknown = offer.corps;
  if (Array.isArray(corps)) return corps.filter((c): c is string => typeof c === 'string');
  return typeof corps === 'string' ? [corps] : [];
}

type Field = 'reference' | 'title' | 'employer' | 'corps' | 'place' | 'deadline';

/** Per field: the truth value to compare (null: not scored) and whether ours matches it. */
const CHECKS: Record<
  Field,
  (offer: Offer, truth: TruthRow) => { expected: string | null; got: string | null; ok: boolean }
> = {
  reference: (o, t) => ({
    expected: t.reference,
    got: o.reference,
    ok: o.reference === t.reference,
  }),
  title: (o, t) => ({
    expected: t.title,
    got: o.title,
    ok: titleSimilarity(o.title, t.title) >= TITLE_SIMILARITY,
  }),
  employer: (o, t) => {
    const ours = new Set(words(o.employer ?? ''));
    const ok =
      o.employer !== null &&
      words(t.employer)
        .filter((w) => !STOP_WORDS.has(w))
        .every((w) => ours.has(w));
    return { expected: t.employer, got: o.employer, ok };
  },
  corps: (o, t) => {
    const alternatives = corpsAlternatives(o);
    return {
      expected: t.corps_grade,
      got: alternatives.length > 0 ? alternatives.join(' | ') : null,
      ok: alternatives.some((c) => contains(c, t.corps_grade)),
    };
  },
  place: (o, t) => ({
    expected: t.ville,
    got: o.location,
    ok: t.ville !== null && contains(o.location, t.ville),
  }),
  deadline: (o, t) => ({ expected: t.deadline, got: o.deadline, ok: o.deadline === t.deadline }),
};

export interface Miss {
  numero: string;
  field: Field;
  expected: string | null;
  got: string | null;
}

export interface CorpusScore {
  /** Accuracy per field, over the scored rows. */
  fields: Record<Field, { hits: number; total: number; accuracy: number }>;
  /** Hits over scored comparisons, all fields together. */
  overall: number;
  misses: Miss[];
}

/**
 * Parses every document of the corpus and compares it to truth.jsonl, field by field.
 * A document the parser rejects counts as a miss on every field.
 */
export function scoreCorpus(dir: string = DEFAULT_CORPUS): CorpusScore {
  const files = new Set(readdirSync(dir));
  const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => TruthRow.parse(JSON.parse(line)));
  const fields = Object.fromEntries(
    Object.keys(CHECKS).map((f) => [f, { hits: 0, total: 0, accuracy: 0 }]),
  ) as CorpusScore['fields'];
  const misses: Miss[] = [];
  for (const truth of truths) {
    const name = `${truth.numero}.md`;
    let offer: Offer | null = null;
    try {
      offer = files.has(name)
        ? parseOfferDocument(readFileSync(join(dir, name), 'utf8'), name)
        : null;
    } catch {
      offer = null;
    }
    for (const [field, check] of Object.entries(CHECKS) as Array<[Field, (typeof CHECKS)[Field]]>) {
      if (field === 'place' && truth.ville === null) continue;
      const result = offer ? check(offer, truth) : { expected: null, got: null, ok: false };
      fields[field].total += 1;
      if (result.ok) fields[field].hits += 1;
      else misses.push({ numero: truth.numero, field, expected: result.expected, got: result.got });
    }
  }
  let hits = 0;
  let total = 0;
  for (const score of Object.values(fields)) {
    score.accuracy = score.total === 0 ? 1 : score.hits / score.total;
    hits += score.hits;
    total += score.total;
  }
  return { fields, overall: total === 0 ? 0 : hits / total, misses };
}

function main(): void {
  const score = scoreCorpus();
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  for (const [field, s] of Object.entries(score.fields)) {
    console.log(`${field.padEnd(10)} ${pct(s.accuracy).padStart(8)}  (${s.hits}/${s.total})`);
  }
  console.log(`${'overall'.padEnd(10)} ${pct(score.overall).padStart(8)}`);
  for (const miss of score.misses) {
    console.log(
      `MISS ${miss.numero} ${miss.field}: attendu ${JSON.stringify(miss.expected)}, obtenu ${JSON.stringify(miss.got)}`,
    );
  }
  printFacetScore(scoreFacets());
  if (score.overall < TARGET_ACCURACY) process.exit(1);
}

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** Prints the table facet → n/N and %, then every miss with the truth's quote. */
export function printFacetScore(score: FacetScore): void {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log('\nFacettes (test/fixtures/facets/truth.jsonl)');
  console.log(`${'facette'.padEnd(17)} ${'n/N'.padStart(6)} ${'%'.padStart(8)}`);
  for (const facet of FACET_NAMES) {
    const t = score.facets[facet];
    console.log(
      `${facet.padEnd(17)} ${`${t.hits}/${t.total}`.padStart(6)} ${pct(t.accuracy).padStart(8)}`,
    );
  }
  console.log(`${'ensemble'.padEnd(17)} ${''.padStart(6)} ${pct(score.overall).padStart(8)}`);
  for (const m of score.misses) {
    const got = m.why ?? show(m.got);
    const quote = m.quote === null ? 'pas de citation' : `« ${m.quote} »`;
    console.log(`MISS ${m.file} ${m.facet}: attendu ${show(m.expected)}, obtenu ${got} — ${quote}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
