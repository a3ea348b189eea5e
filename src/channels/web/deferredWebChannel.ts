import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { requestPath, WS_PATH } from './types.ts';
import type { WebChannel, WebChannelOptions } from './webChannel.ts';

/** `loading`: Botkit is being imported; `ready`: `/ws` is served; `failed`: it could not load (logged). */
export type WebChannelState = 'loading' | 'ready' | 'failed';

export interface DeferredWebChannel extends WebChannel {
  state(): WebChannelState;
  /** `/ws` upgrades waiting for the channel to load. */
  held(): number;
  /** Settles once the channel is attached (or failed to load); never rejects. */
  readonly settled: Promise<void>;
}

/** `/ws` upgrades held at most while the channel loads; past it, a 503. */
export const MAX_HELD_UPGRADES = 256;
/** A held upgrade waits this long at most, then its socket is closed (the widget reconnects). */
export const HOLD_TIMEOUT_MS = 10_000;

type Load = () => Promise<{ attachWebChannel(options: WebChannelOptions): WebChannel }>;

/**
 * The web channel, loaded once the server listens: importing Botkit and botbuilder costs ~0.6 s
 * of CPU and ~75 MB, which the catalog, the REST API and the widget's page need not wait for. A
 * `/ws` upgrade that arrives meanwhile is held (up to `MAX_HELD_UPGRADES`) and handed to the
 * channel once attached, so a widget opened early connects a moment later instead of failing.
 * `/readyz` tells the state (`state()`).
 */
export function deferWebChannel(
  options: WebChannelOptions,
  load: Load = () => import('./webChannel.ts'),
  holdTimeoutMs = HOLD_TIMEOUT_MS,
): DeferredWebChannel {
  const { server } = options;
  const held: Array<{
    req: http.IncomingMessage;
    socket: Duplex;
    head: Buffer;
    timer: NodeJS.Timeout;
  }> = [];
  let state: WebChannelState = 'loading';
  let channel: WebChannel | null = null;

  const hold = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (requestPath(req.url) !== WS_PATH || held.length >= MAX_HELD_UPGRADES) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n\r\n');
      return;
    }
    // A held socket is not read, so a client that gives up goes unnoticed: it waits a bounded time.
    const entry = { req, socket, head, timer: setTimeout(() => socket.destroy(), holdTimeoutMs) };
    held.push(entry);
    socket.on('error', () => socket.destroy());
    socket.once('close', () => {
      clearTimeout(entry.timer);
      const at = held.indexOf(entry);
      if (at >= 0) held.splice(at, 1);
    });
  };
  server.on('upgrade', hold);

  const release = (handOver: boolean) => {
    server.off('upgrade', hold);
    for (const { req, socket, head, timer } of held.splice(0)) {
      clearTimeout(timer);
      if (socket.destroyed) continue;
      if (handOver) server.emit('upgrade', req, socket, head);
      else socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
    }
  };

  let closing = false;
  const fail = (err: unknown) => {
    state = 'failed';
    options.logger?.error({ err }, 'web: canal non chargé');
    release(false);
  };
  const settled = load()
    .then((module) => {
      if (closing) return release(false); // shutting down: do not attach to a draining server
      try {
        channel = module.attachWebChannel(options);
      } catch (err) {
        return fail(err);
      }
      state = 'ready';
      release(true);
    }, fail)
    .catch((err: unknown) =>
      options.logger?.error({ err }, 'web: connexions en attente non transmises'),
    );

  return {
    state: () => state,
    held: () => held.length,
    settled,
    async close() {
      closing = true;
      await settled;
      await channel?.close();
    },
  };
}
