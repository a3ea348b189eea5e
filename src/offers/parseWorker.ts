/**
 * The worker thread that parses offer documents (started by `ParsePool`, never imported by the
 * main thread): `ParseRequest` → `ParseReply`, one batch per message. Before and after each
 * document it bumps the shared counters `STARTED` and `FINISHED`, so the main thread sees which
 * document is running and for how long, and can stop a thread stuck on one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorReason } from './parse/parseBytes.ts';
import { isPdfSource, parseDocumentBytes } from './pdf/parseDocumentBytes.ts';
import { loadPdfReader } from './pdf/pdfText.ts';
import {
  FINISHED,
  STARTED,
  toWire,
  type ParseReply,
  type ParseRequest,
  type WireOutcome,
} from './parseWire.ts';

async function parseOne(
  progress: Int32Array,
  bytes: Uint8Array,
  source: string,
): Promise<WireOutcome> {
  Atomics.add(progress, STARTED, 1);
  try {
    return toWire(await parseDocumentBytes(bytes, source));
  } catch (error) {
    return { ok: false, reason: `analyse impossible : ${errorReason(error, source)}` };
  } finally {
    Atomics.add(progress, FINISHED, 1);
  }
}

const port = parentPort;
if (port) {
  const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
  // A PDF is read asynchronously (pdf.js): batches are chained so documents still run one at a
  // time, in order, as the progress counters and the pool's watchdog expect.
  let done: Promise<void> = Promise.resolve();
  const answer = async (request: ParseRequest): Promise<void> => {
    const outcomes: WireOutcome[] = [];
    for (const { bytes, source } of request.documents) {
      // Before the document is counted as started: loading the reader is not the document's time.
      if (isPdfSource(source)) await loadPdfReader().catch(() => undefined); // then refused by parseOne
      outcomes.push(await parseOne(progress, bytes, source));
    }
    port.postMessage({ id: request.id, outcomes } satisfies ParseReply);
  };
  port.on('message', (request: ParseRequest) => {
    done = done.then(() => answer(request));
  });
}
