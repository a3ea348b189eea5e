import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WS_PATH } from './types.ts';
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

type Load = () => Promise<{ attachWebChannel(options: WebChannelOptions): WebChannel }>;

/**
 * The web channel, loaded once the server listens: importing Botkit and botbuilder costs ~0.6 s
 * of CPU and ~75 MB, which the catalog, the REST API and the widget's page need not wait for. A
 * `/ws` upgrade that arrives meanwhile is held (up to `MAX_HELD_UPGRADES`) and handed to the
 * channel once attached, so a widget opened early connects a moment later instead of failing.
 * `/readyz` tells the state (`state()`).
 */
export function deferWebChannel(options: WebChannelOptions, load: Load = () => import('./webChannel.ts')): DeferredWebChannel {
  const { server } = options;
  const held: Array<{ req: http.IncomingMessage; socket: Duplex; head: Buffer }> = [];
  let state: WebChannelState = 'loading';
  let channel: WebChannel | null = null;

  const hold = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== WS_PATH || held.length >= MAX_HELD_UPGRADES) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n\r\n');
      return;
    }
    socket.on('error', () => socket.destroy());
    held.push({ req, socket, head });
  };
  server.on('upgrade', hold);

  const release = (handOver: boolean) => {
    server.off('upgrade', hold);
    for (const { req, socket, head } of held.splice(0)) {
      if (socket.destroyed) continue;
      if (handOver) server.emit('upgrade', req, socket, head);
      else socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
    }
  };

  const settled = load().then(
    (module) => {
      channel = module.attachWebChannel(options);
      state = 'ready';
      release(true);
    },
    (err: unknown) => {
      state = 'failed';
      options.logger?.error({ err }, 'web: canal non chargé');
      release(false);
    },
  );

  return {
    state: () => state,
    held: () => held.length,
    settled,
    async close() {
      await settled;
      await channel?.close();
    },
  };
}
