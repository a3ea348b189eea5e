import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant.ts';
import type { Answer } from '../../src/dialog/answer.ts';
import { Drain, SHUTTING_DOWN } from '../../src/server/shutdown.ts';

const answer: Answer = {
  text: 'ok',
  offers: [],
  suggestions: [],
  quickReplies: [],
  intent: 'test',
};

/** An assistant whose turns finish when the test says so. */
function heldAssistant(): Assistant & { release(): void } {
  const waiting: Array<() => void> = [];
  return {
    ask: () => new Promise<Answer>((resolve) => waiting.push(() => resolve(answer))),
    release: () => {
      for (const finish of waiting.splice(0)) finish();
    },
  };
}

describe('Drain', () => {
  it('lets requests through, then answers 503 with Connection: close once draining', async () => {
    const drain = new Drain();
    const app = express()
      .use(drain.gate)
      .get('/x', (_req, res) => void res.json({ ok: true }));
    await request(app).get('/x').expect(200);
    drain.begin();
    const refused = await request(app).get('/x').expect(503);
    expect(refused.headers.connection).toBe('close');
    expect(refused.body).toEqual({ error: { code: 'unavailable', message: SHUTTING_DOWN } });
  });

  it('waits for the turns in flight', async () => {
    const drain = new Drain();
    const held = heldAssistant();
    const tracked = drain.track(held);
    const turn = tracked.ask({ conversation: 'c', text: 'bonjour' });
    expect(drain.inFlight).toEqual({ requests: 0, turns: 1 });
    drain.begin();
    let settled: boolean | undefined;
    const done = drain.settled(5_000).then((value) => (settled = value));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBeUndefined();
    held.release();
    await expect(turn).resolves.toBe(answer);
    await done;
    expect(settled).toBe(true);
    expect(drain.inFlight).toEqual({ requests: 0, turns: 0 });
  });

  it('gives up after the grace period', async () => {
    const drain = new Drain();
    void drain.track(heldAssistant()).ask({ conversation: 'c', text: 'bonjour' });
    drain.begin();
    await expect(drain.settled(30)).resolves.toBe(false);
  });

  it('is settled at once when nothing is in flight', async () => {
    await expect(new Drain().settled(10_000)).resolves.toBe(true);
  });
});
