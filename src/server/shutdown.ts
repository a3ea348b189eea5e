import type { Server, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Assistant } from '../assistant.ts';

/** What a request that arrives during shutdown is told (with 503 and `Connection: close`). */
export const SHUTTING_DOWN = 'Le service redémarre : réessayez dans quelques secondes.';

/**
 * Knows the work in flight (HTTP requests, turns) and refuses new HTTP work
 * once {@link Drain.begin} is called, so shutdown can wait for what was accepted.
 */
export class Drain {
  private draining = false;
  private readonly responses = new Set<ServerResponse>();
  private turns = 0;
  private idle: Array<() => void> = [];

  /** True once shutdown began. */
  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests and turns under way. */
  get inFlight(): { requests: number; turns: number } {
    return { requests: this.responses.size, turns: this.turns };
  }

  /** First middleware of the app: counts requests; during shutdown answers 503 with `Connection: close`. */
  readonly gate: RequestHandler = (_req, res, next) => {
    if (this.draining) {
      res
        .set('Connection', 'close')
        .set('Retry-After', '5')
        .status(503)
        .json({ error: SHUTTING_DOWN });
      return;
    }
    this.responses.add(res);
    res.once('close', () => this.done(() => this.responses.delete(res)));
    next();
  };

  /** The assistant, with its turns counted (web turns do not go through HTTP requests). */
  track(assistant: Assistant): Assistant {
    return {
      ask: async (turn) => {
        this.turns += 1;
        try {
          return await assistant.ask(turn);
        } finally {
          this.done(() => (this.turns -= 1));
        }
      },
    };
  }

  /** Counts `work` begun outside a request (a webhook answered after its 200) as a turn until it settles. */
  hold(work: Promise<unknown>): void {
    this.turns += 1;
    const done = () => this.done(() => (this.turns -= 1));
    work.then(done, done);
  }

  /** Refuses new requests from now on; responses under way will close their connection. */
  begin(): void {
    this.draining = true;
    for (const res of this.responses) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Resolves true once nothing is in flight, or false after `timeoutMs`. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.isIdle()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private isIdle(): boolean {
    return this.responses.size === 0 && this.turns === 0;
  }

  private done(update: () => void): void {
    update();
    if (!this.isIdle()) return;
    const waiting = this.idle;
    this.idle = [];
    for (const wake of waiting) wake();
  }
}

export interface ShutdownSteps {
  server: Server;
  drain: Drain;
  graceMs: number;
  /** Closes the WebSockets (1001, going away): runs once the work in flight is done. */
  closeSockets: () => Promise<void>;
  /** Then these, in order (feed, catalog watcher, Redis, cache); one failing does not stop the others. */
  release: Array<() => unknown>;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

/**
 * Graceful stop: refuse new work (503, new connections refused), let requests
 * and turns in flight finish (at most `graceMs`), close the WebSockets with
 * 1001, release the resources, then close what connections remain.
 */
export async function shutDown({
  server,
  drain,
  graceMs,
  closeSockets,
  release,
  logger,
}: ShutdownSteps): Promise<void> {
  drain.begin();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  logger.info(
    { ...drain.inFlight, graceMs },
    'arrêt : nouvelles requêtes refusées, travail en cours attendu',
  );
  const finished = await drain.settled(graceMs);
  if (!finished)
    logger.warn(drain.inFlight, 'arrêt : délai de grâce écoulé, travail en cours abandonné');
  for (const step of [closeSockets, ...release]) {
    try {
      await step();
    } catch (err) {
      logger.warn({ err }, 'arrêt : étape en échec');
    }
  }
  server.closeAllConnections();
  await closed;
  logger.info({}, 'arrêt terminé');
}
