import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant.ts';
import { connect, startStack, type Stack } from './harness.ts';

const assistant: Assistant = { ask: () => Promise.reject(new Error('pas utilisé')) };
const AT_ONCE = 100;

/** A pino logger writing into an array of lines, as production writes to stdout. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((l) => l.trim() !== ''),
      );
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

/** One raw upgrade request; resolves with the status line the server answered. */
function upgrade(port: number, origin: string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.end(
      `GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
        `Sec-WebSocket-Protocol: avp.v1\r\n${origin ? `Origin: ${origin}\r\n` : ''}\r\n`,
    );
  });
}

/** `count` upgrades, `AT_ONCE` in flight; the status lines answered, counted. */
async function upgrades(port: number, count: number, origin: string | null) {
  const statuses = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const status = await upgrade(port, origin);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return statuses;
}

/** [case, refusals, origin, connection cap, expected status, LOG_CLIENT_IP] */
const CASES: Array<[string, number, string | null, number, string, boolean]> = [
  ['bad Origin', 5_000, 'https://evil.example', 20, 'HTTP/1.1 403 Forbidden', false],
  ['bad Origin', 5_000, 'https://evil.example', 20, 'HTTP/1.1 403 Forbidden', true],
  ['over the connection cap', 1_000, null, 1, 'HTTP/1.1 429 Too Many Requests', false],
  ['over the connection cap', 1_000, null, 1, 'HTTP/1.1 429 Too Many Requests', true],
];

describe('refused upgrades in the logs', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.stop();
    stack = undefined;
  });

  it.each(CASES)(
    '%s ×%i: bounded lines, client address only with LOG_CLIENT_IP (%s, cap %i, %s, flag %s)',
    async (_case, refusals, origin, cap, refusal, logClientIp) => {
      const { logger, lines } = capturedLogger();
      stack = await startStack({
        assistant,
        logger,
        logClientIp,
        security: { wsMaxConnectionsPerIp: cap, wsIpMessagesPerMinute: 1_000_000 },
      });
      const port = Number(new URL(stack.baseUrl).port);
      // Over the cap: one socket held open, every other one refused.
      const held = cap === 1 ? (await connect(stack.wsUrl)).client : null;
      const statuses = await upgrades(port, refusals, origin);
      held?.close();
      await stack.stop(); // flushes the last summary line
      stack = undefined;

      expect(statuses.get(refusal)).toBe(refusals);
      const refusedLines = lines.filter((l) => /refused|over the limits/.test(l));
      expect(refusedLines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(10);
      const withAddress = lines.filter((l) => l.includes('127.0.0.1'));
      if (logClientIp) expect(withAddress.length).toBeGreaterThan(0);
      else expect(withAddress).toEqual([]);
      // The summary says how many were folded into it.
      const counted = refusedLines
        .map((l) => JSON.parse(l) as { repeated?: number })
        .reduce((sum, l) => sum + (l.repeated ?? 1), 0);
      expect(counted).toBe(refusals);
    },
    60_000,
  );
});
