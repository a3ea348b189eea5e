import autocannon from 'autocannon';
import type { BenchQuestion } from './corpus.ts';
import { type Row, ms } from './stats.ts';

interface ConnectionContext {
  conversation?: string;
}

/**
 * `POST /api/ask` under autocannon for `seconds` with `connections` keep-alive connections. Each
 * request carries the next generated question; each connection keeps the conversation the
 * server issued on its first answer, as a client would.
 */
export async function httpLoad(
  port: number,
  connections: number,
  seconds: number,
  questions: readonly BenchQuestion[],
): Promise<Row[]> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/ask',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const text = questions[next++ % questions.length]!.text;
          const { conversation } = context as ConnectionContext;
          return {
            ...request,
            body: JSON.stringify(conversation ? { conversation, text } : { text }),
          };
        },
        onResponse: (status, body, context) => {
          const ctx = context as ConnectionContext;
          if (ctx.conversation === undefined && status === 200)
            ctx.conversation = (JSON.parse(body) as { conversation?: string }).conversation;
        },
      },
    ],
  });
  const ok = result['2xx'];
  const perSecond = ok / result.duration;
  const errors = result.errors + result.non2xx;
  const section = `http ${connections} conn`;
  const rows: Row[] = [
    {
      section,
      metric: `turns/s (${ok} answers in ${result.duration.toFixed(0)} s)`,
      value: perSecond.toFixed(0),
      target: connections === 10 ? '>= 1000/s' : undefined,
      ok: connections === 10 ? perSecond >= 1000 : undefined,
    },
    {
      section,
      metric: 'latency p50 / p99 / max',
      value: `${ms(result.latency.p50)} / ${ms(result.latency.p99)} / ${ms(result.latency.max)}`,
      target: connections === 10 ? 'p99 <= 50 ms' : undefined,
      ok: connections === 10 ? result.latency.p99 <= 50 : undefined,
    },
    {
      section,
      metric: 'errors (socket + non-2xx + timeouts)',
      value: `${errors} (${result.non2xx} non-2xx, ${result.timeouts} timeouts)`,
      ok: errors === 0,
    },
  ];
  return rows;
}
