import fc from 'fast-check';
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedAssistant } from '../../src/createAssistant.ts';
import { findDateRange, mayHoldDate } from '../../src/nlu/dates/index.ts';
import { createApp } from '../../src/server/app.ts';
import { seedAssistant } from '../helpers.ts';
import { hostileText } from './arbitraries.ts';

/** A hang detector, not a performance target: a turn takes milliseconds. */
const TURN_BUDGET_MS = 2_000;
const MAX_ANSWER_CHARS = 4_000;
const RUNS = { numRuns: 200, seed: 20_250_611 } as const;

/** The Answer contract every channel relies on. */
function expectWellFormed(answer: Record<string, unknown>): void {
  expect(typeof answer.text).toBe('string');
  const text = answer.text as string;
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  for (const list of ['offers', 'suggestions', 'quickReplies'])
    expect(Array.isArray(answer[list])).toBe(true);
  expect(typeof answer.intent).toBe('string');
}

async function timed<T>(task: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await task();
  return [result, performance.now() - start];
}

let assistant: LoadedAssistant;
let app: Express;

beforeAll(async () => {
  assistant = await seedAssistant('2025-06-05');
  app = createApp({ assistant, config: { sessionSecret: null, trustProxy: false } });
});

describe('no input can stall a turn', () => {
  it('assistant.ask: no exception, a well-formed bounded answer, bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText(),
        fc.constantFrom('p1', 'p2', 'p3'),
        async (text, conversation) => {
          const [answer, ms] = await timed(() => assistant.ask({ conversation, text }));
          expectWellFormed(answer as unknown as Record<string, unknown>);
          expect(ms).toBeLessThan(TURN_BUDGET_MS);
        },
      ),
      RUNS,
    );
  }, 120_000);

  it('POST /api/ask: 200 with a well-formed answer or a short 4xx, never a 5xx, bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), async (text) => {
        const [res, ms] = await timed(() => request(app).post('/api/ask').send({ text }));
        expect(ms).toBeLessThan(TURN_BUDGET_MS);
        if (res.status === 200) expectWellFormed(res.body as Record<string, unknown>);
        else {
          expect([400, 413]).toContain(res.status);
          expect(typeof res.body.error.message).toBe('string');
        }
      }),
      RUNS,
    );
  }, 120_000);

  it('the sync date path on up to 10,000 characters: no exception, bounded time', () => {
    const today = '2025-06-11';
    fc.assert(
      fc.property(hostileText(), (text) => {
        const start = performance.now();
        const found = findDateRange(text, today);
        mayHoldDate(text);
        expect(performance.now() - start).toBeLessThan(TURN_BUDGET_MS);
        if (found !== null) expect(found.start !== null || found.end !== null).toBe(true);
      }),
      RUNS,
    );
  });
});
