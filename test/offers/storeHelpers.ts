import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Clock } from '../../src/time/clock.ts';

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 8_000,
): Promise<Truthy<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Truthy<T>;
    if (performance.now() > deadline) throw new Error(`délai dépassé en attendant : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A copy of `data/offers` in a fresh temporary folder. */
export async function copyOfSeedOffers(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'avp-offers-'));
  await cp('data/offers', dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A pino logger that keeps its records in memory. */
export function memoryLogger(): { logger: pino.Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      records.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), records };
}

/** A clock the test moves by hand. */
export function manualClock(
  start = '2025-06-10T01:00:00.000Z',
): Clock & { advance(ms: number): void } {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms) => void (at += ms) };
}
