import type { BenchQuestion } from './corpus.ts';
import type { BenchServer } from './server.ts';
import { type Row, mb, mean, ms } from './stats.ts';
import { openSessions, probeTarget, runSessions } from './ws.ts';

/**
 * `sessions` WebSocket sessions chatting for `seconds` (think time 0–`thinkMs` between turns),
 * the server's RSS sampled every second. The memory curve is flat when the mean of its last
 * quarter is within 10 % of the mean of its second quarter (the first quarter is warm-up).
 */
export async function loadTest(
  server: BenchServer,
  questions: readonly BenchQuestion[],
  options: { sessions: number; seconds: number; thinkMs: number },
): Promise<Row[]> {
  const target = await probeTarget(server.port);
  const { sessions, failed } = await openSessions(target, options.sessions);
  const samples: number[] = [server.rss()];
  const sampler = setInterval(() => samples.push(server.rss()), 1_000);
  const run = await runSessions(sessions, questions, {
    perSession: Number.MAX_SAFE_INTEGER,
    thinkMs: options.thinkMs,
    deadline: Date.now() + options.seconds * 1_000,
    offset: 7,
  });
  clearInterval(sampler);
  await Promise.all(sessions.map((s) => s.close()));
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const second = mean(samples.slice(quarter, 2 * quarter));
  const last = mean(samples.slice(-quarter));
  const drift = second === 0 ? 0 : (last - second) / second;
  const curve = samples
    .filter((_, i) => i % Math.max(1, Math.floor(samples.length / 10)) === 0)
    .map((b) => (b / 1024 / 1024).toFixed(0))
    .join(' ');
  const errors = failed + run.errors;
  const section = `load ${options.sessions} sessions`;
  return [
    {
      section,
      metric: `turns/s (${run.turns} turns in ${options.seconds} s)`,
      value: run.perSecond.toFixed(0),
    },
    {
      section,
      metric: 'latency p50 / p99 / max',
      value: `${ms(run.p50)} / ${ms(run.p99)} / ${ms(run.max)}`,
    },
    {
      section,
      metric: 'errors (connect + turn)',
      value: String(errors),
      target: '0',
      ok: errors === 0,
    },
    { section, metric: 'server RSS, MB every ~10 % of the run', value: curve },
    {
      section,
      metric: 'RSS drift, last vs second quarter',
      value: `${(drift * 100).toFixed(1)} % (${mb(second)} → ${mb(last)})`,
      target: 'flat (within 10 %)',
      ok: Math.abs(drift) <= 0.1,
    },
    {
      section,
      metric: 'server RSS peak',
      value: mb(Math.max(...samples)),
      target: '<= 300 MB',
      ok: Math.max(...samples) <= 300 * 1024 * 1024,
    },
  ];
}
