/**
 * The worker thread that owns Microsoft's recognizer (started by `RecognizerWorker`, never
 * imported by the main thread). It answers one request at a time: `{ id, text, today }` →
 * `{ id, mention }` or `{ id, error }`; a warm-up request runs a few varied phrases (the first
 * call of each form costs hundreds of ms). A request that hangs here hangs only this thread: the
 * main thread times it out and replaces the worker.
 */
import { parentPort } from 'node:worker_threads';
import { recognizeWithMicrosoft } from './microsoft.ts';
import type { RecognizerReply, RecognizerRequest } from './recognizerPool.ts';

const WARM_UP = [
  'le 30 juin',
  'avant Noël',
  'qui ferment le trente juin',
  'du 1er mai au 15 juin 2025',
  'vendredi prochain',
  '12/03/2024',
  'au nouvel an',
];

async function answer(request: RecognizerRequest) {
  if (!request.warmUp) return recognizeWithMicrosoft(request.text, request.today);
  for (const phrase of WARM_UP) await recognizeWithMicrosoft(phrase, request.today);
  return null;
}

const port = parentPort;
if (port) {
  port.on('message', (request: RecognizerRequest) => {
    answer(request).then(
      (mention) => port.postMessage({ id: request.id, mention } satisfies RecognizerReply),
      (error: unknown) =>
        port.postMessage({ id: request.id, error: String(error) } satisfies RecognizerReply),
    );
  });
}
