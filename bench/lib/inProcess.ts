import { existsSync } from 'node:fs';
import { createAssistant } from '../../src/createAssistant.ts';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import { ParseCache, parserFingerprint } from '../../src/offers/parseCache.ts';
import { fixedClock } from '../../src/time/clock.ts';
import type { BenchQuestion } from './corpus.ts';
import { summary, type Row, ms, mb } from './stats.ts';

/**
 * Per-turn latency of `assistant.ask` in this process, on the catalog of `dataDir` (read through
 * the server's parse cache file when it exists): one conversation per 10 questions (so
 * follow-ups see a state), 100 warm-up turns first.
 */
export async function inProcessTurns(
  dataDir: string,
  today: string,
  questions: readonly BenchQuestion[],
  cacheFile?: string,
): Promise<Row[]> {
  const loadStart = performance.now();
  const clock = fixedClock(today);
  const fingerprint = await parserFingerprint();
  const cache =
    cacheFile && existsSync(cacheFile)
      ? await ParseCache.load(cacheFile, fingerprint)
      : new ParseCache();
  const catalog = await loadCatalog(dataDir, clock.now(), { cache });
  if (cacheFile && cache.changes > 0) await cache.save(cacheFile, fingerprint); // the next run starts warm
  const assistant = await createAssistant({ catalog: { current: () => catalog }, clock });
  const loadMs = performance.now() - loadStart;
  for (const [i, q] of questions.slice(0, 100).entries())
    await assistant.ask({ conversation: `warm-${i % 10}`, text: q.text });
  const dated: number[] = [];
  const plain: number[] = [];
  const wall = performance.now();
  for (const [i, q] of questions.entries()) {
    const start = performance.now();
    await assistant.ask({ conversation: `c${Math.floor(i / 10)}`, text: q.text });
    (q.dated ? dated : plain).push(performance.now() - start);
  }
  const seconds = (performance.now() - wall) / 1000;
  const all = summary([...dated, ...plain]);
  const d = summary(dated);
  const p = summary(plain);
  const section = 'in-process';
  return [
    {
      section,
      metric: `assistant ready (${assistant.catalog().size} offers${cache ? ', parse cache' : ''})`,
      value: ms(loadMs),
    },
    {
      section,
      metric: `turns (n=${all.n}) p50 / p99 / max`,
      value: `${ms(all.p50)} / ${ms(all.p99)} / ${ms(all.max)}`,
      target: 'p99 <= 5 ms',
      ok: all.p99 <= 5,
    },
    { section, metric: `  with dates (n=${d.n}) p50 / p99`, value: `${ms(d.p50)} / ${ms(d.p99)}` },
    {
      section,
      metric: `  without dates (n=${p.n}) p50 / p99`,
      value: `${ms(p.p50)} / ${ms(p.p99)}`,
    },
    { section, metric: 'turns/s (one at a time)', value: (all.n / seconds).toFixed(0) },
    { section, metric: 'RSS of this process', value: mb(process.memoryUsage().rss) },
  ];
}
