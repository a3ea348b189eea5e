import type { Server, ServerResponse } from 'node:http';
import { apiErrorBody } from '../channels/rest/apiError.ts';
import net from 'node:net';
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
        .json(apiErrorBody('unavailable', SHUTTING_DOWN));
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
  /**
   * How long kept-alive connections stay open once shutdown began (1 s, at most `graceMs`): a
   * client coming back on one is answered 503 with `Connection: close`; then the idle ones are
   * closed. Closing them at once would reset the requests already on their way (ECONNRESET).
   */
  idleLingerMs?: number;
  /** Closes the WebSockets (1001, going away): runs once the work in flight is done. */
  closeSockets: () => Promise<void>;
  /** Then these, in order (feed, catalog watcher, Redis, cache); one failing does not stop the others. */
  release: Array<() => unknown>;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

/**
 * Graceful stop: refuse new work (new connections refused; requests on kept-alive connections
 * 503 with `Connection: close`), close idle kept-alive connections after `idleLingerMs`, let
 * requests and turns in flight finish (at most `graceMs`; a request whose body is late is cut at
 * the server's `requestTimeout`, still enforced), close the WebSockets with 1001, release the
 * resources, then close what connections remain.
 */
export async function shutDown({
  server,
  drain,
  graceMs,
  idleLingerMs = Math.min(1000, graceMs),
  closeSockets,
  release,
  logger,
}: ShutdownSteps): Promise<void> {
  drain.begin();
  // net's close, not http's: http's also closes the idle connections at once (a request already
  // on its way meets a reset) and stops enforcing the request and headers timeouts.
  const closed = new Promise<void>((resolve) =>
    net.Server.prototype.close.call(server, () => resolve()),
  );
  logger.info(
    { ...drain.inFlight, graceMs },
    'arrêt : nouvelles requêtes refusées, travail en cours attendu',
  );
  const lingered = new Promise<void>((resolve) => setTimeout(resolve, idleLingerMs));
  void lingered.then(() => server.closeIdleConnections());
  const finished = await drain.settled(graceMs);
  if (!finished)
    logger.warn(drain.inFlight, 'arrêt : délai de grâce écoulé, travail en cours abandonné');
  await lingered;
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
