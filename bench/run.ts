/**
 * `npm run bench [-- --only startup,turns,http,ws,load,words,pdf] [--count 20000] [--seed 42]
 * [--questions 2000] [--http-seconds 10] [--load-seconds 30] [--think-ms 1000] [--words-seconds 60]`
 *
 * On N synthetic offers (written once, cached by count and seed in the temp folder), prints in
 * one run: start-up to ready of the real server (cold, then with its parse cache) and its RSS;
 * per-turn latency in this process (with and without dates); HTTP throughput and latency with
 * autocannon at 10 and 100 connections; WebSocket turns/s and latency with 200 and 1,000
 * sessions; a bounded load test (1,000 sessions) with the server's RSS every second; a soak of
 * never-seen long words through /api/ask with the server's heap every few seconds (`words`); PDF
 * reading time per document over the PDF fixtures (`pdf`, no synthetic corpus needed); a cold
 * feed sync of 2,300 records with their PDFs from a local server (`feedsync`, no corpus either). Loopback
 * only; stops by itself. Questions are generated (varied), ~30 % with a date.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, benchQuestions, syntheticCatalogDir, syntheticOffers } from './lib/corpus.ts';
import { httpLoad } from './lib/http.ts';
import { inProcessTurns } from './lib/inProcess.ts';
import { loadTest } from './lib/loadTest.ts';
import { benchEnv, buildBundle, startServer, type BenchServer } from './lib/server.ts';
import { type Row, mb, ms, printTable } from './lib/stats.ts';
import { wordsSoak } from './lib/words.ts';
import { pdfReading } from './lib/pdf.ts';
import { feedSyncBench } from './lib/feedsync.ts';
import { openSessions, probeTarget, runSessions } from './lib/ws.ts';

const SECTIONS = ['startup', 'turns', 'http', 'ws', 'load', 'words', 'pdf', 'feedsync'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    count: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    questions: { type: 'string', default: '2000' },
    'http-seconds': { type: 'string', default: '10' },
    'load-seconds': { type: 'string', default: '30' },
    'think-ms': { type: 'string', default: '1000' },
    'words-seconds': { type: 'string', default: '60' },
  },
});
const only = new Set(
  (values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()) as Section[],
);
for (const s of only)
  if (!SECTIONS.includes(s)) throw new Error(`--only: ${s} ? (${SECTIONS.join(', ')})`);
const count = Number(values.count);
const seed = Number(values.seed);
const rows: Row[] = [];
const log = (line: string) => console.log(`[bench] ${line}`);

let started = performance.now();
// The synthetic corpus only for the sections that use it (`pdf` reads the committed fixtures).
const needsCorpus = [...only].some((s) => s !== 'pdf' && s !== 'feedsync');
const dataDir = needsCorpus ? await syntheticCatalogDir(count, seed) : '';
if (needsCorpus) log(`${count} documents in ${dataDir} (${ms(performance.now() - started)})`);
started = performance.now();
const questions = needsCorpus
  ? benchQuestions(syntheticOffers(count, seed), Number(values.questions), seed)
  : [];
if (needsCorpus)
  log(
    `${questions.length} questions, ${questions.filter((q) => q.dated).length} with a date (${ms(performance.now() - started)}); e.g. « ${questions[0]?.text} », « ${questions.find((q) => q.dated)?.text} »`,
  );

if (only.has('feedsync')) {
  log('cold feed sync with PDFs, local server…');
  rows.push(...(await feedSyncBench()));
}

if (only.has('pdf')) {
  log('PDF reading, per document, over the fixtures…');
  rows.push(...(await pdfReading()));
}

const cacheFile = join(tmpdir(), `avp-bench-parse-cache-${count}-${seed}.bin`);
if (only.has('turns')) {
  log('in-process turns…');
  // Its own cache file: the sources' fingerprint differs from the bundle's (the server's).
  rows.push(
    ...(await inProcessTurns(
      dataDir,
      BENCH_TODAY,
      questions,
      cacheFile.replace(/\.bin$/, '-src.bin'),
    )),
  );
}

const needsServer = ['startup', 'http', 'ws', 'load', 'words'].some((s) => only.has(s as Section));
let server: BenchServer | null = null;
if (needsServer) {
  log('building the bundle (npm run build)…');
  buildBundle();
  if (only.has('startup')) {
    await rm(cacheFile, { force: true });
    log('start-up, cold (no parse cache)…');
    const cold = await startServer(benchEnv(dataDir, BENCH_TODAY, { PARSE_CACHE_FILE: cacheFile }));
    rows.push({
      section: 'start-up',
      metric: 'ready, cold (read + parse 20k documents)',
      value: ms(cold.readyMs),
    });
    rows.push({ section: 'start-up', metric: 'RSS at ready, cold', value: mb(cold.rss()) });
    await cold.stop();
  }
  log('start-up with the parse cache…');
  server = await startServer(benchEnv(dataDir, BENCH_TODAY, { PARSE_CACHE_FILE: cacheFile }));
  const rssReady = server.rss();
  const webReadyMs = await server.webReady;
  const rssWeb = server.rss();
  rows.push({
    section: 'start-up',
    metric: 'ready, with parse cache (HTTP answers)',
    value: ms(server.readyMs),
    target: '<= 1500 ms',
    ok: server.readyMs <= 1500,
  });
  rows.push({
    section: 'start-up',
    metric: 'web channel ready (Botkit loaded, /ws served)',
    value: ms(webReadyMs),
  });
  rows.push({
    section: 'start-up',
    metric: 'server RSS at ready / web channel ready',
    value: `${mb(rssReady)} / ${mb(rssWeb)}`,
    target: '<= 300 MB',
    ok: Math.max(rssReady, rssWeb) <= 300 * 1024 * 1024,
  });
}

if (server && only.has('http')) {
  const seconds = Number(values['http-seconds']);
  for (const connections of [10, 100]) {
    log(`HTTP, ${connections} connections, ${seconds} s…`);
    rows.push(...(await httpLoad(server.port, connections, seconds, questions)));
  }
  rows.push({
    section: 'http',
    metric: 'server RSS after',
    value: mb(server.rss()),
    target: '<= 300 MB',
    ok: server.rss() <= 300 * 1024 * 1024,
  });
}

if (server && only.has('ws')) {
  const target = await probeTarget(server.port);
  for (const [sessionsWanted, perSession] of [
    [200, 10],
    [1000, 5],
  ] as const) {
    log(`WebSocket, ${sessionsWanted} sessions × ${perSession} turns…`);
    const { sessions, failed } = await openSessions(target, sessionsWanted);
    const run = await runSessions(sessions, questions, { perSession, offset: sessionsWanted });
    await Promise.all(sessions.map((s) => s.close()));
    const section = `ws ${sessionsWanted} sessions`;
    rows.push({ section, metric: `turns/s (${run.turns} turns)`, value: run.perSecond.toFixed(0) });
    rows.push({
      section,
      metric: 'latency p50 / p99 / max',
      value: `${ms(run.p50)} / ${ms(run.p99)} / ${ms(run.max)}`,
    });
    rows.push({
      section,
      metric: 'errors (connect + turn)',
      value: String(failed + run.errors),
      ok: failed + run.errors === 0,
    });
  }
  rows.push({
    section: 'ws',
    metric: 'server RSS after',
    value: mb(server.rss()),
    target: '<= 300 MB',
    ok: server.rss() <= 300 * 1024 * 1024,
  });
}

if (server && only.has('load')) {
  const seconds = Number(values['load-seconds']);
  log(`load test, 1,000 sessions, ${seconds} s, think time 0–${values['think-ms']} ms…`);
  rows.push(
    ...(await loadTest(server, questions, {
      sessions: 1000,
      seconds,
      thinkMs: Number(values['think-ms']),
    })),
  );
}

if (server && only.has('words')) {
  const seconds = Number(values['words-seconds']);
  log(`words soak: never-seen long words through /api/ask, 2 × ${seconds} s, 8 clients…`);
  rows.push(...(await wordsSoak(server, { seconds, clients: 8, sampleMs: 3000, log })));
}

await server?.stop();
printTable(rows);
console.log(
  `\nNode ${process.version}, ${(await import('node:os')).cpus().length} CPU, loopback; reproduce: npm run bench -- --only ${[...only].join(',')} --count ${count} --seed ${seed}`,
);
