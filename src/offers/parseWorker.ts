/**
 * The worker thread that parses offer documents (started by `ParsePool`, never imported by the
 * main thread): `ParseRequest` → `ParseReply`, one batch per message. Before and after each
 * document it bumps the shared counters `STARTED` and `FINISHED`, so the main thread sees which
 * document is running and for how long, and can stop a thread stuck on one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorReason, parseBytes } from './parse/parseBytes.ts';
import {
  FINISHED,
  STARTED,
  toWire,
  type ParseReply,
  type ParseRequest,
  type WireOutcome,
} from './parseWire.ts';

function parseOne(progress: Int32Array, bytes: Uint8Array, source: string): WireOutcome {
  Atomics.add(progress, STARTED, 1);
  try {
    return toWire(parseBytes(bytes, source));
  } catch (error) {
    return { ok: false, reason: `analyse impossible : ${errorReason(error, source)}` };
  } finally {
    Atomics.add(progress, FINISHED, 1);
  }
}

const port = parentPort;
if (port) {
  const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
  port.on('message', (request: ParseRequest) => {
    const outcomes = request.documents.map(({ bytes, source }) =>
      parseOne(progress, bytes, source),
    );
    port.postMessage({ id: request.id, outcomes } satisfies ParseReply);
  });
}
