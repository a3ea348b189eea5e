/**
 * `npm run bench:catalog [-- --count 20000 --seed 42]`: the catalog at scale.
 * Writes N synthetic AVP documents once (cached by count and seed in the temp
 * folder), then measures the cold load (read + parse through `loadCatalog`),
 * the index build, the warm load (parse cache), memory, and the latency of
 * `catalog.search` and `catalog.matchTitle` over ~1,000 varied queries.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Catalog } from '../src/offers/catalog.ts';
import { loadCatalog } from '../src/offers/loadCatalog.ts';
import { ParseCache, parserFingerprint } from '../src/offers/parseCache.ts';
import { ParsePool } from '../src/offers/parsePool.ts';
import { OfferIndex } from '../src/offers/search/offerIndex.ts';
import { syntheticQueries } from '../src/offers/synthetic/queries.ts';
import { writeSyntheticDocuments } from '../src/offers/synthetic/write.ts';
import { TitleIndex } from '../src/offers/titleIndex.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    queries: { type: 'string', default: '1000' },
    threads: { type: 'string' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const TODAY = '2026-06-30';
const now = new Date(`${TODAY}T12:00:00+11:00`);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
async function timed<T>(task: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await task();
  return [result, performance.now() - start];
}
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
function latencies(run: (text: string) => unknown, texts: readonly string[]): string {
  for (const text of texts.slice(0, 50)) run(text);
  const times = new Array<number>(texts.length).fill(0);
  texts.forEach((text, i) => {
    const start = performance.now();
    run(text);
    times[i] = performance.now() - start;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? 0)}`;
}

const dir = join(tmpdir(), `avp-bench-${count}-${seed}`);
const marker = join(dir, '.complete');
if (!existsSync(marker)) {
  await rm(dir, { recursive: true, force: true });
  const [, written] = await timed(() => writeSyntheticDocuments(dir, { count, seed }));
  await writeFile(marker, new Date().toISOString());
  console.log(`documents : ${count} écrits dans ${dir} en ${ms(written)}`);
} else console.log(`documents : ${count} déjà écrits dans ${dir} (graine ${seed})`);

gc();
const before = process.memoryUsage();
const cache = new ParseCache({ maxEntries: count + 1_000 });
const [cold, coldTime] = await timed(() => loadCatalog(dir, now, { cache }));
gc();
const memory = process.memoryUsage();
const offers = cold.entries.map((e) => e.offer);
const builds = await Promise.all(
  [0, 1, 2].map(async () => (await timed(() => new Catalog(offers, [], now)))[1]),
);
const build = [...builds].sort((a, b) => a - b)[1]!;
const [, titleBuild] = await timed(() => new TitleIndex(cold.entries));
const [, textBuild] = await timed(() => new OfferIndex(cold.entries));
const [warm, warmTime] = await timed(() => loadCatalog(dir, now, { cache }));

// The server's path: the same cold load, parsed in worker threads (CatalogStore's default).
const pool = new ParsePool({ threads: values.threads ? Number(values.threads) : undefined });
const [threaded, threadedTime] = await timed(() =>
  loadCatalog(dir, now, { cache: new ParseCache({ maxEntries: count + 1_000 }), pool }),
);
const poolStats = pool.stats();
await pool.close();

const cacheFile = join(dir, '.parse-cache.bin');
const fingerprint = await parserFingerprint();
await cache.save(cacheFile, fingerprint);
const [restart, restartTime] = await timed(async () =>
  loadCatalog(dir, now, {
    cache: await ParseCache.load(cacheFile, fingerprint, { maxEntries: count + 1_000 }),
  }),
);

const queries = syntheticQueries(offers, Number(values.queries), seed);
const texts = queries.map((q) => q.text);
const titleTexts = queries
  .filter((q) => q.kind === 'title' || q.kind === 'titleTypo')
  .map((q) => q.text);
const hits = texts.map((t) => warm.search(t, { publishedBy: TODAY }).length);

console.log(`
catalogue : ${cold.size} offres, ${cold.problems.length} problèmes (${restart.size} au redémarrage)
chargement à froid (lecture + analyse + index, loadCatalog) : ${ms(coldTime)}
  dont construction du Catalog (médiane de 3) : ${ms(build)} (TitleIndex ${ms(titleBuild)}, index plein texte ${ms(textBuild)})
  lecture + analyse seules : ${ms(coldTime - build)}
chargement à froid, analyse dans les fils (ParsePool, ${poolStats.batches} messages) : ${ms(threadedTime)} (${threaded.size} offres)
chargement à chaud (cache d'analyse en mémoire) : ${ms(warmTime)}
redémarrage avec le cache persistant (lecture du cache + chargement) : ${ms(restartTime)}
prêt (à froid / à chaud) : ${ms(coldTime)} / ${ms(warmTime)}
mémoire après le chargement à froid (catalogue + cache d'analyse) : RSS ${mb(memory.rss)}, tas ${mb(memory.heapUsed)} + tampons ${mb(memory.arrayBuffers)} (+${mb(memory.heapUsed + memory.arrayBuffers - before.heapUsed - before.arrayBuffers)})
search (${texts.length} requêtes, ${hits.filter((n) => n > 0).length} avec résultats, médiane ${percentile(
  [...hits].sort((a, b) => a - b),
  50,
)} résultats) : ${latencies((t) => warm.search(t, { publishedBy: TODAY }), texts)}
search + filtres (ouvert le ${TODAY}, province Sud) : ${latencies((t) => warm.search(t, { openOn: TODAY, employer: 'province sud' }), texts)}
matchTitle (${titleTexts.length} intitulés, dont fautes) : ${latencies((t) => warm.matchTitle(t, TODAY), titleTexts)}`);
