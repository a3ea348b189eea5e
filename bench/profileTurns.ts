/**
 * Profiles the per-turn path only (not the catalog load): `npx tsx bench/profileTurns.ts`
 * records a V8 CPU profile of N turns over the synthetic catalog (as `node --cpu-prof` would,
 * through the inspector) into `/tmp/avp-prof`, then prints the top self-time frames and the same
 * time attributed to the nearest frame of our own code (`src/`).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAssistant } from '../src/createAssistant.ts';
import { loadCatalog } from '../src/offers/loadCatalog.ts';
import { fixedClock } from '../src/time/clock.ts';
import { BENCH_TODAY, benchQuestions, syntheticCatalogDir, syntheticOffers } from './lib/corpus.ts';

const PROFILE_DIR = '/tmp/avp-prof';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function report(dir: string, top = 25): void {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/work\/main\//, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  console.log(`${file}: ${total} samples\n-- self time`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
  // The same samples, charged to the nearest caller in src/ (so fuse.js time shows who calls it).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<string, number>();
  for (const id of profile.samples) {
    let at: number | undefined = id;
    while (at !== undefined && !byId.get(at)?.callFrame.url.includes('/src/')) at = parent.get(at);
    const frame = at === undefined ? undefined : byId.get(at)?.callFrame;
    const key = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/work\/main\//, '')}:${frame.lineNumber + 1}`
      : '(outside src)';
    ours.set(key, (ours.get(key) ?? 0) + 1);
  }
  console.log('-- charged to the nearest src/ frame');
  for (const [key, n] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
}

const { values } = parseArgs({
  options: {
    report: { type: 'string' },
    count: { type: 'string', default: '20000' },
    turns: { type: 'string', default: '3000' },
  },
});
if (values.report) report(values.report);
else {
  const count = Number(values.count);
  const dir = await syntheticCatalogDir(count, 42);
  const questions = benchQuestions(syntheticOffers(count, 42), Number(values.turns), 42);
  const clock = fixedClock(BENCH_TODAY);
  const catalog = await loadCatalog(dir, clock.now());
  const assistant = await createAssistant({ catalog: { current: () => catalog }, clock });
  for (const [i, q] of questions.slice(0, 200).entries())
    await assistant.ask({ conversation: `w${i % 20}`, text: q.text });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const start = performance.now();
  for (const [i, q] of questions.entries())
    await assistant.ask({ conversation: `c${i % 200}`, text: q.text });
  const elapsed = performance.now() - start;
  const { profile } = await session.post('Profiler.stop');
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(join(PROFILE_DIR, `turns-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  console.log(
    `${questions.length} turns in ${elapsed.toFixed(0)} ms (${(elapsed / questions.length).toFixed(2)} ms/turn)`,
  );
  report(PROFILE_DIR);
}
