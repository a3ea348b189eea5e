import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Offer } from '../../src/offers/offer.ts';
import { generateSynthetic } from '../../src/offers/synthetic/generate.ts';
import { Prng } from '../../src/offers/synthetic/prng.ts';
import { syntheticQueries } from '../../src/offers/synthetic/queries.ts';
import { writeSyntheticDocuments } from '../../src/offers/synthetic/write.ts';

/** The benchmarks' reference day (the synthetic catalog spans 2016-07 to 2026-07). */
export const BENCH_TODAY = '2026-06-30';

/**
 * The folder of `count` synthetic AVP documents for `seed`, written once and reused (same cache
 * as `bench/catalog.ts`: `<tmp>/avp-bench-<count>-<seed>`, complete when `.complete` exists).
 */
export async function syntheticCatalogDir(count: number, seed: number): Promise<string> {
  const dir = join(tmpdir(), `avp-bench-${count}-${seed}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  await rm(dir, { recursive: true, force: true });
  await writeSyntheticDocuments(dir, { count, seed });
  await writeFile(marker, new Date().toISOString());
  return dir;
}

/** The offers of the synthetic catalog, regenerated in memory (same seed, same offers). */
export function syntheticOffers(count: number, seed: number): Offer[] {
  return generateSynthetic({ count, seed }).map((s) => s.offer);
}

/** A generated user question, and whether it holds a date. */
export interface BenchQuestion {
  text: string;
  dated: boolean;
}

const PREFIXES = [
  '',
  '',
  'je cherche ',
  'des offres de ',
  'quels postes de ',
  'y a-t-il des postes ',
  'bonjour, ',
  'montre moi ',
  'offres ',
  'bjr des offres ',
  'un poste ',
];
const SUFFIXES = ['', '', ' ?', ' svp', ' stp', ' merci'];
const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const OTHER = [
  'comment postuler',
  'merci beaucoup',
  'où envoyer mon cv',
  'il faut combien d années de résidence ?',
  'c est quoi un AVP',
  'quel diplôme faut-il ?',
  'bonjour',
  'les offres en informatique',
  'qui recrute ?',
];

function datePhrase(random: Prng): string {
  const day = random.int(1, 28);
  const month = random.pick(MONTHS);
  const forms = [
    `avant le ${day} ${month}`,
    `qui ferment avant le ${day}/${String(random.int(1, 12)).padStart(2, '0')}`,
    'publiées depuis lundi',
    'qui ferment cette semaine',
    "d'ici la fin du mois",
    'le mois prochain',
    `du 1er ${month} au ${day} ${random.pick(MONTHS)}`,
    `publiées en ${month} ${random.int(2017, 2026)}`,
    `fin ${month}`,
    `début ${month}`,
    'dans 2 semaines',
    'sous 15 jours',
    'la semaine prochaine',
    `jusqu au ${day} ${month}`,
    'avant Noël',
    `le ${day} ${month} ${random.int(2024, 2026)}`,
  ];
  return random.pick(forms);
}

/**
 * `count` varied questions over the offers (titles, typos, places, keywords, other intents),
 * a share `datedShare` of them with a date phrase; deterministic for a seed.
 */
export function benchQuestions(
  offers: readonly Offer[],
  count: number,
  seed: number,
  datedShare = 0.3,
): BenchQuestion[] {
  const random = new Prng(`questions-${seed}`);
  const queries = syntheticQueries(offers, count, seed);
  return queries.map((query) => {
    const dated = random.chance(datedShare);
    const core = random.chance(0.12) ? random.pick(OTHER) : `${random.pick(PREFIXES)}${query.text}`;
    const withDate = dated ? `${core} ${datePhrase(random)}` : core;
    return { text: `${withDate}${random.pick(SUFFIXES)}`.slice(0, 480), dated };
  });
}

/** Reads `--name value` style options of the bench. */
export interface BenchOptions {
  count: number;
  seed: number;
  questions: number;
  httpSeconds: number;
  loadSeconds: number;
}
