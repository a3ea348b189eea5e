import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startThread } from '../src/threadWorker.ts';

const ECHO = new URL('./fixtures/threads/echo.ts', import.meta.url);
const MISSING = new URL('./fixtures/threads/absent.ts', import.meta.url);

/** The thread's first message, or its error, as text. */
function firstWord(worker: Worker, send: string): Promise<string> {
  return new Promise((resolve) => {
    worker.once('message', (text: string) => resolve(`message ${text}`));
    worker.once('error', (error) => resolve(`error ${error.message}`));
    worker.postMessage(send);
  }).finally(() => worker.terminate()) as Promise<string>;
}

describe('startThread: a worker thread from the TypeScript sources (tsx hook in the thread)', () => {
  it.each([
    ['a TypeScript entry', ECHO, {}, 'message bonjour'],
    ['options passed (workerData)', ECHO, { workerData: { prefix: '> ' } }, 'message > bonjour'],
    [
      'a missing entry: an error event, no throw',
      MISSING,
      {},
      expect.stringMatching(/^error .*absent\.ts/),
    ],
  ])('%s', async (_name, entry, options, expected) => {
    expect(await firstWord(startThread('unused', entry, options), 'bonjour')).toEqual(expected);
  });
});
