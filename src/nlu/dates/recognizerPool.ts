import type { Worker } from 'node:worker_threads';
import { startThread } from '../../threadWorker.ts';
import type { DateMention } from './types.ts';

/** `cold`: no worker; `warming`: loading the model (seconds); `warm`: answers in tens of ms. */
export type RecognizerStatus = 'cold' | 'warming' | 'warm';

/** A message to the worker thread. */
export interface RecognizerRequest {
  id: number;
  text: string;
  today: string;
  /** Load the model and run a few varied phrases through it, so later calls are fast. */
  warmUp?: boolean;
}

/** The worker thread's answer to one request. */
export type RecognizerReply =
  | { id: number; mention: DateMention | null }
  | { id: number; error: string };

export interface RecognizerWorkerOptions {
  /** Per-request budget when the caller gives none (queue wait included); 250 ms by default. */
  timeoutMs?: number;
  /** Requests waiting behind the one in flight; more are answered null at once. 64 by default. */
  maxQueue?: number;
  /** Budget of the warm-up (model load and first parse); 30 s by default. */
  warmUpTimeoutMs?: number;
  /** Start the worker and warm it now rather than on the first request. True by default. */
  warmNow?: boolean;
  /** Starts the thread (tests swap in a fake one); the real recognizer worker by default. */
  spawn?: () => Worker;
}

/** Counters, for logs and the status route. */
export interface RecognizerStats {
  status: RecognizerStatus;
  queued: number;
  inFlight: number;
  answered: number;
  timeouts: number;
  dropped: number;
  restarts: number;
}

interface Job extends RecognizerRequest {
  finish(mention: DateMention | null): void;
  timer: NodeJS.Timeout;
  warmUp: boolean;
}

/** Longest text sent to the thread: the recognizer reads 150 characters of it at most anyway. */
const MAX_TEXT = 2_000;

/**
 * Starts the real worker: `dist/recognizerWorker.mjs` from the bundle, `recognizerWorker.ts` from
 * the sources (see `startThread`).
 */
export function spawnRecognizerThread(): Worker {
  const source = new URL('./recognizerWorker.ts', import.meta.url);
  return startThread('recognizerWorker', source, { stdout: false, stderr: false });
}

/**
 * Microsoft's date recognizer in a worker thread, under a time budget: the event loop never
 * waits on it. One request runs at a time; the others wait in a bounded queue. A request past
 * its budget resolves null; if it was the one running, the thread is presumed stuck, terminated
 * and replaced (warming again in the background). A full queue answers null at once.
 */
export class RecognizerWorker {
  private worker: Worker | null = null;
  private state: RecognizerStatus = 'cold';
  private current: Job | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly counts = { answered: 0, timeouts: 0, dropped: 0, restarts: 0 };
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly warmUpTimeoutMs: number;
  private readonly spawn: () => Worker;

  constructor(options: RecognizerWorkerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 250;
    this.maxQueue = options.maxQueue ?? 64;
    this.warmUpTimeoutMs = options.warmUpTimeoutMs ?? 30_000;
    this.spawn = options.spawn ?? spawnRecognizerThread;
    if (options.warmNow ?? true) this.start();
  }

  /** Where the recognizer stands: `cold`, `warming` or `warm`. */
  status(): RecognizerStatus {
    return this.state;
  }

  /** Counters since creation. */
  stats(): RecognizerStats {
    return {
      status: this.state,
      queued: this.queue.length,
      inFlight: this.current ? 1 : 0,
      ...this.counts,
    };
  }

  /**
   * The first date the recognizer reads in `text`, or null: none, failure, over budget, queue full.
   *
   * @param today the reference Nouméa day, `YYYY-MM-DD`.
   */
  recognize(
    text: string,
    today: string,
    options: { timeoutMs?: number } = {},
  ): Promise<DateMention | null> {
    if (this.closed) return Promise.resolve(null);
    if (this.queue.length >= this.maxQueue) {
      this.counts.dropped += 1;
      return Promise.resolve(null);
    }
    const promise = this.enqueue(
      text.slice(0, MAX_TEXT),
      today,
      options.timeoutMs ?? this.timeoutMs,
      false,
    );
    this.start();
    return promise;
  }

  /** Resolves once the recognizer is warm (or after `timeoutMs`); true if warm. */
  async ready(timeoutMs = 30_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (this.state !== 'warm' && Date.now() < until && !this.closed)
      await new Promise((r) => setTimeout(r, 20));
    return this.state === 'warm';
  }

  /** Answers every waiting request null and stops the thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.finish(null);
    this.current?.finish(null);
    await this.stop();
  }

  private enqueue(
    text: string,
    today: string,
    timeoutMs: number,
    warmUp: boolean,
  ): Promise<DateMention | null> {
    return new Promise((resolve) => {
      const job: Job = {
        id: this.nextId++,
        text,
        today,
        warmUp,
        timer: setTimeout(() => this.expire(job), timeoutMs),
        finish: (mention) => {
          clearTimeout(job.timer);
          if (this.current === job) this.current = null;
          const at = this.queue.indexOf(job);
          if (at >= 0) this.queue.splice(at, 1);
          resolve(mention);
        },
      };
      if (warmUp) this.queue.unshift(job);
      else this.queue.push(job);
      this.pump();
    });
  }

  private start(): void {
    if (this.worker || this.closed) return;
    const worker = this.spawn();
    worker.unref();
    this.worker = worker;
    this.state = 'warming';
    worker.on('message', (reply: RecognizerReply) => this.receive(worker, reply));
    worker.on('error', () => this.lost(worker));
    worker.on('exit', () => this.lost(worker));
    void this.enqueue('', '2025-01-01', this.warmUpTimeoutMs, true);
  }

  private receive(worker: Worker, reply: RecognizerReply): void {
    const job = this.current;
    if (worker !== this.worker || !job || job.id !== reply.id) return;
    if (job.warmUp) this.state = 'error' in reply ? 'cold' : 'warm';
    else this.counts.answered += 1;
    job.finish('mention' in reply ? reply.mention : null);
    if (this.state === 'cold') void this.stop();
    this.pump();
  }

  private pump(): void {
    if (this.current || !this.worker) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    this.worker.postMessage({
      id: job.id,
      text: job.text,
      today: job.today,
      warmUp: job.warmUp,
    } satisfies RecognizerRequest);
  }

  private expire(job: Job): void {
    const running = this.current === job;
    if (!job.warmUp) this.counts.timeouts += 1;
    job.finish(null);
    if (!running) return;
    // The thread is stuck on this request: replace it.
    this.counts.restarts += 1;
    void this.stop().then(() => {
      if (job.warmUp) return; // a warm-up that never ends: stay cold until the next request
      this.start();
    });
  }

  private lost(worker: Worker): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.state = 'cold';
    this.current?.finish(null);
    if (this.queue.length > 0) this.start();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.state = 'cold';
    if (worker) await worker.terminate();
  }
}

let shared: RecognizerWorker | null = null;

/** The process-wide recognizer worker, created (and warming) on first use. */
export function sharedRecognizer(): RecognizerWorker {
  shared ??= new RecognizerWorker();
  return shared;
}

/**
 * Microsoft's recognizer on `text`, in the shared worker thread, under a time budget: null on
 * no date, failure, timeout (a stuck thread is replaced) or a full queue. Never blocks the event loop.
 *
 * @example
 * await findDateRangeAsync(text, today, { recognize: (t, d) => recognizeInWorker(t, d, { timeoutMs: 200 }) });
 */
export function recognizeInWorker(
  text: string,
  today: string,
  options: { timeoutMs?: number } = {},
): Promise<DateMention | null> {
  return sharedRecognizer().recognize(text, today, options);
}
