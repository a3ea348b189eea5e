/**
 * Writes synthetic AVP documents:
 * `npx tsx src/offers/synthetic/cli.ts --count 20000 --out /tmp/avp --seed 42 [--from 2016-07-01] [--years 10]`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isIsoDay } from '../../time/noumea.ts';
import { writeSyntheticDocuments } from './write.ts';

const Options = z.object({
  count: z.coerce.number().int().min(1).max(200_000),
  out: z.string().min(1),
  seed: z.string().min(1).default('1'),
  from: z.string().refine(isIsoDay, 'date AAAA-MM-JJ attendue').optional(),
  years: z.coerce.number().positive().max(50).optional(),
});

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    years: { type: 'string' },
  },
});
const parsed = Options.safeParse(values);
if (!parsed.success) {
  console.error(
    `Usage : --count N --out DOSSIER [--seed S] [--from AAAA-MM-JJ] [--years A]\n${z.prettifyError(parsed.error)}`,
  );
  process.exit(2);
}
const { out, seed, ...rest } = parsed.data;
const numericSeed = /^\d+$/.test(seed) ? Number(seed) : seed;
const started = performance.now();
const written = await writeSyntheticDocuments(out, { ...rest, seed: numericSeed });
console.log(
  `${written} offres écrites dans ${out} en ${Math.round(performance.now() - started)} ms`,
);
