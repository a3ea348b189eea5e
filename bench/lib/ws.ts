import WebSocket from 'ws';
import type { BenchQuestion } from './corpus.ts';
import { summary } from './stats.ts';

/** How the widget's socket is opened: the subprotocols the server negotiates, if any. */
export interface WsTarget {
  port: number;
  protocols: string[] | undefined;
}

const TURN_TIMEOUT_MS = 30_000;

/** One chat session, as the widget holds it: opened, welcomed, then one question at a time. */
export class WsSession {
  private waiting: ((frame: { error?: unknown } | null) => void) | null = null;
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(JSON.parse(String(data)) as { error?: unknown });
    });
    ws.on('close', () => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(null);
    });
  }

  /** Opens a session and waits for the welcome frame. */
  static open(target: WsTarget): Promise<WsSession> {
    const url = `ws://127.0.0.1:${target.port}/ws`;
    const ws = new WebSocket(url, target.protocols, {
      headers: { Origin: `http://127.0.0.1:${target.port}` },
      perMessageDeflate: false,
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('ws: no welcome')), TURN_TIMEOUT_MS);
      ws.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.once('message', () => {
        clearTimeout(timer);
        ws.removeAllListeners('error');
        ws.on('error', () => {});
        resolve(new WsSession(ws));
      });
    });
  }

  /** Sends a question; resolves with the latency in ms, or null on an error frame, close or timeout. */
  ask(text: string): Promise<number | null> {
    const start = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve(null);
      }, TURN_TIMEOUT_MS);
      this.waiting = (frame) => {
        clearTimeout(timer);
        resolve(frame === null || frame.error !== undefined ? null : performance.now() - start);
      };
      this.ws.send(JSON.stringify({ type: 'message', text }));
    });
  }

  /** Closes the socket and waits (at most 2 s) for the close. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      const timer = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 2_000);
      this.ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.ws.close(1000);
    });
  }
}

/**
 * Finds how to open the socket: with the widget's `avp.v1` subprotocol when the server
 * negotiates it (signed-session handshake), else plain.
 */
export async function probeTarget(port: number): Promise<WsTarget> {
  for (const protocols of [['avp.v1'], undefined]) {
    try {
      const session = await WsSession.open({ port, protocols });
      await session.close();
      return { port, protocols };
    } catch {
      // try the next way
    }
  }
  throw new Error('ws: cannot open a session');
}

/** Opens `count` sessions, `batch` at a time; failures are counted, not thrown. */
export async function openSessions(
  target: WsTarget,
  count: number,
  batch = 100,
): Promise<{ sessions: WsSession[]; failed: number }> {
  const sessions: WsSession[] = [];
  let failed = 0;
  for (let i = 0; i < count; i += batch) {
    const opened = await Promise.allSettled(
      Array.from({ length: Math.min(batch, count - i) }, () => WsSession.open(target)),
    );
    for (const o of opened)
      if (o.status === 'fulfilled') sessions.push(o.value);
      else failed += 1;
  }
  return { sessions, failed };
}

/** What a run of sessions measured. */
export interface WsRun {
  turns: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Every session asks `perSession` questions, one after the other (each waits for its answer),
 * all sessions at once; optional think time between turns. Stops at `deadline` (epoch ms) if given.
 */
export async function runSessions(
  sessions: readonly WsSession[],
  questions: readonly BenchQuestion[],
  options: { perSession: number; thinkMs?: number; deadline?: number; offset?: number },
): Promise<WsRun> {
  const latencies: number[] = [];
  let errors = 0;
  let next = options.offset ?? 0;
  const start = performance.now();
  await Promise.all(
    sessions.map(async (session) => {
      for (let i = 0; i < options.perSession; i += 1) {
        if (options.deadline !== undefined && Date.now() >= options.deadline) return;
        if (options.thinkMs)
          await new Promise((r) => setTimeout(r, Math.random() * options.thinkMs!));
        const latency = await session.ask(questions[next++ % questions.length]!.text);
        if (latency === null) errors += 1;
        else latencies.push(latency);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const s = summary(latencies);
  return { turns: s.n, errors, perSecond: s.n / seconds, p50: s.p50, p99: s.p99, max: s.max };
}
