import { WebSocket } from 'ws';
import type { WebLogger } from './types.ts';

const HEARTBEAT_MS = 30_000;

/** Sends one JSON frame if the socket is open; a failed send is logged, never thrown. */
export function sendFrame(ws: WebSocket, frame: object, logger?: WebLogger): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.send(JSON.stringify(frame), (err) => {
    if (err) logger?.warn({ err }, 'web: send failed');
  });
}

/** Pings every 30 s and terminates a socket that did not answer the previous ping; stops on close. */
export function keepAlive(ws: WebSocket): void {
  let alive = true;
  ws.on('pong', () => {
    alive = true;
  });
  const heartbeat = setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, HEARTBEAT_MS);
  heartbeat.unref();
  ws.on('close', () => clearInterval(heartbeat));
}
