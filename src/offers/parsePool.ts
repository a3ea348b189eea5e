import { availableParallelism } from 'node:os';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { startThread } from '../threadWorker.ts';
import type { ParseOutcome } from './parseCache.ts';
import { FINISHED, fromWire, STARTED, type ParseReply, type ParseRequest } from './parseWire.ts';

/**
 * Time one document may take in a worker thread. A 512 KB hostile document takes 0.1–1 s on
 * the 2-core machine and a real AVP ~0.5 ms; past 2 s the document is refused, and its thread
 * (stuck in it) replaced.
 */
export const DEFAULT_BUDGET_MS = 2_000;
/** Documents per message: one message each cost more than the parse of a small document. */
export const DEFAULT_BATCH_SIZE = 32;
/** Batches posted to a thread ahead of its answer, so it never waits for the next one. */
const BATCHES_AHEAD = 2;
/**
 * Threads a job may lose between two documents (none running, so no culprit) before it is
 * refused with `retry`: one loss may be chance, a second means it would loop.
 */
const MAX_LOSSES = 2;
/** A thread with nothing to do stops after this long (its memory is given back); the next parse starts one. */
export const DEFAULT_IDLE_MS = 2_000;
/** Heap of a worker thread: a 512 KB document needs a few tens of MB; a runaway one fails there, not in the server. */
export const WORKER_HEAP_MB = 128;

export interface ParsePoolOptions {
  /** See `DEFAULT_BUDGET_MS`. */
  budgetMs?: number;
  /** Threads at most (the machine's cores, 4 at most, by default). */
  threads?: number;
  /** See `DEFAULT_BATCH_SIZE`. */
  batchSize?: number;
  /** See `DEFAULT_IDLE_MS`. */
  idleMs?: number;
  /** Starts a thread given its shared progress counters (tests swap in a fake one); `spawnParseThread` by default. */
  spawn?: (progress: SharedArrayBuffer) => Worker;
}

/** Counters, for logs and tests. */
export interface ParsePoolStats {
  threads: number;
  queued: number;
  batches: number;
  timeouts: number;
  crashes: number;
}

interface Job {
  source: string;
  bytes: Uint8Array;
  resolve(outcome: ParseOutcome): void;
  /** Threads lost while holding this job with no document running (see `stop`). */
  losses?: number;
}

interface Thread {
  worker: Worker;
  progress: Int32Array;
  /** Batches posted and not answered yet, oldest first (the thread answers in order). */
  batches: Array<{ id: number; jobs: Job[] }>;
  /** Documents answered so far: the running document is `STARTED - answered - 1` among those posted. */
  answered: number;
  /** The `STARTED` count last seen, and since when. */
  seen: number;
  seenAt: number;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Starts a real parse thread: `dist/parseWorker.mjs` from the bundle, `parseWorker.ts` from the
 * sources (see `startThread`).
 */
export function spawnParseThread(progress: SharedArrayBuffer): Worker {
  const options: WorkerOptions = {
    workerData: { progress },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
  return startThread('parseWorker', new URL('./parseWorker.ts', import.meta.url), options);
}

const refused = (reason: string): ParseOutcome => ({ ok: false, reason, retry: true });

/**
 * Parses offer documents in worker threads, off the event loop, under a time budget per
 * document. Documents are queued and posted in batches (`parse` calls made together share a
 * message). Each thread counts the documents it starts and finishes in shared memory; a watchdog
 * reads the counts, and a document running past the budget is refused ("analyse trop longue"),
 * its thread terminated, and the other documents of its batches parsed again by a fresh thread.
 * A thread that dies (its heap is capped) refuses the document it was on the same way. Refusals
 * of this kind carry `retry`: the same bytes may pass another time, so they are not cached.
 */
export class ParsePool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private readonly budgetMs: number;
  private readonly size: number;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly spawn: (progress: SharedArrayBuffer) => Worker;
  private readonly counts = { batches: 0, timeouts: 0, crashes: 0 };
  private nextId = 1;
  private scheduled = false;
  private watchdog: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: ParsePoolOptions = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.size = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.spawn = options.spawn ?? spawnParseThread;
  }

  /** The outcome of one document's bytes; never rejects (a failure is a refused outcome). */
  parse(bytes: Uint8Array, source: string): Promise<ParseOutcome> {
    if (this.closed) return Promise.resolve(refused('analyse interrompue (arrêt du serveur)'));
    return new Promise((resolve) => {
      this.queue.push({ bytes, source, resolve });
      if (!this.scheduled) {
        // Wait for the other parse calls of this turn of the event loop: they go in the same message.
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Counters since creation. */
  stats(): ParsePoolStats {
    return { threads: this.threads.length, queued: this.queue.length, ...this.counts };
  }

  /** Stops every thread; documents not parsed yet are refused (with `retry`). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    for (const job of this.queue.splice(0))
      job.resolve(refused('analyse interrompue (arrêt du serveur)'));
    await Promise.all(
      [...this.threads].map((thread) =>
        this.stop(thread, 'analyse interrompue (arrêt du serveur)'),
      ),
    );
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let thread: Thread | null;
      try {
        thread = this.threadWithRoom();
      } catch (error) {
        // Worker construction failed here and now (no thread, no memory): this batch is refused.
        const reason = `analyse impossible (fil d'analyse non démarré : ${(error as Error).message})`;
        for (const job of this.queue.splice(0, this.batchSize)) job.resolve(refused(reason));
        continue;
      }
      if (!thread) break;
      const jobs = this.queue.splice(0, this.batchSize);
      const id = this.nextId++;
      thread.batches.push({ id, jobs });
      clearTimeout(thread.idleTimer);
      thread.worker.ref(); // busy: keeps the process alive until it answers
      this.counts.batches += 1;
      thread.worker.postMessage({
        id,
        documents: jobs.map(({ source, bytes }) => ({ source, bytes })),
      } satisfies ParseRequest);
    }
    if (this.watchdog === undefined && this.threads.some((t) => t.batches.length > 0)) {
      this.watchdog = setInterval(() => this.check(), Math.max(5, this.budgetMs / 8));
      this.watchdog.unref();
    }
  }

  /** An idle thread, else a new one while the pool may grow, else the least busy with room. */
  private threadWithRoom(): Thread | null {
    const idle = this.threads.find((t) => t.batches.length === 0);
    if (idle) return idle;
    if (this.threads.length < this.size) return this.start();
    const ahead = this.threads.filter((t) => t.batches.length < BATCHES_AHEAD);
    return ahead.sort((a, b) => a.batches.length - b.batches.length)[0] ?? null;
  }

  private start(): Thread {
    const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const worker = this.spawn(progress);
    const thread: Thread = {
      worker,
      progress: new Int32Array(progress),
      batches: [],
      answered: 0,
      seen: 0,
      seenAt: performance.now(),
    };
    worker.on('message', (reply: ParseReply) => this.receive(thread, reply));
    worker.on('error', (error) => this.lost(thread, `analyse impossible (${error.message})`));
    worker.on('exit', (code) =>
      this.lost(thread, `analyse impossible (fil d'analyse arrêté, code ${code})`),
    );
    this.threads.push(thread);
    return thread;
  }

  private receive(thread: Thread, reply: ParseReply): void {
    const batch = thread.batches[0];
    if (!this.threads.includes(thread) || batch?.id !== reply.id) return;
    thread.batches.shift();
    thread.answered += batch.jobs.length;
    batch.jobs.forEach((job, i) => {
      const wire = reply.outcomes[i];
      job.resolve(wire ? fromWire(wire) : refused('analyse impossible (réponse incomplète)'));
    });
    if (thread.batches.length === 0) {
      thread.worker.unref();
      thread.idleTimer = setTimeout(() => void this.stop(thread, ''), this.idleMs);
      thread.idleTimer.unref();
    }
    this.pump();
  }

  /** The watchdog: refuses a document that has run past the budget. */
  private check(): void {
    const now = performance.now();
    for (const thread of [...this.threads]) {
      if (thread.batches.length === 0) continue;
      const started = Atomics.load(thread.progress, STARTED);
      if (started !== thread.seen) {
        thread.seen = started;
        thread.seenAt = now;
      } else if (
        started > Atomics.load(thread.progress, FINISHED) &&
        now - thread.seenAt > this.budgetMs
      ) {
        this.counts.timeouts += 1;
        void this.stop(
          thread,
          `analyse trop longue (plus de ${this.budgetMs} ms) : document refusé`,
        );
      }
    }
    if (!this.threads.some((t) => t.batches.length > 0)) {
      clearInterval(this.watchdog);
      this.watchdog = undefined;
    }
    this.pump();
  }

  /** A thread that died by itself: the document it was on is refused, the others go back in the queue. */
  private lost(thread: Thread, reason: string): void {
    if (!this.threads.includes(thread)) return;
    this.counts.crashes += 1;
    void this.stop(thread, reason);
    this.pump();
  }

  /**
   * Takes a thread out of the pool and terminates it. The document it was running (if any) is
   * refused with `reason`; its other documents are queued again, unless the thread never started
   * one (it cannot start: refused too, rather than restarted forever) or the pool is closing.
   */
  private async stop(thread: Thread, reason: string): Promise<void> {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    clearTimeout(thread.idleTimer);
    const jobs = thread.batches.flatMap((batch) => batch.jobs);
    thread.batches = [];
    const started = Atomics.load(thread.progress, STARTED);
    const running =
      started > Atomics.load(thread.progress, FINISHED) ? started - thread.answered - 1 : -1;
    // Lost with no document running (it died between two): nobody to blame, so each job counts
    // the loss, and one lost twice is refused rather than restarted forever.
    if (running < 0) for (const job of jobs) job.losses = (job.losses ?? 0) + 1;
    const again =
      started > 0 && !this.closed
        ? jobs.filter((job, i) => i !== running && (job.losses ?? 0) < MAX_LOSSES)
        : [];
    for (const job of jobs) if (!again.includes(job)) job.resolve(refused(reason));
    this.queue.unshift(...again);
    await thread.worker.terminate();
  }
}
