import { describe, expect, it } from 'vitest';
import {
  memoryReplayGuard,
  sharedReplayGuard,
  type ReplayGuard,
} from '../../../src/channels/messaging/replayGuard.ts';
import { BoundedMemoryStorage } from '../../../src/dialog/state/boundedMemoryStorage.ts';
import type { Storage } from '../../../src/dialog/state/storage.ts';
import type { Clock } from '../../../src/time/clock.ts';
import { recordingLogger } from '../slack/fakeApi.ts';

/** A wall clock the test moves by hand. */
function manualClock(
  start = Date.parse('2026-02-10T08:00:00Z'),
): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

const WINDOW = { ttlMs: 60_000, maxEntries: 3 };

/** Each step: advance the clock by `after` ms, then ask about `key`; `first` is the expected answer. */
type Step = { key: string; after?: number; first: boolean };

describe('memoryReplayGuard', () => {
  const CASES: Array<[string, Step[]]> = [
    ['a key seen once', [{ key: 'a', first: true }]],
    [
      'the same key three times (a replay)',
      [
        { key: 'a', first: true },
        { key: 'a', first: false },
        { key: 'a', first: false },
      ],
    ],
    [
      'distinct keys',
      [
        { key: 'a', first: true },
        { key: 'b', first: true },
        { key: 'c', first: true },
      ],
    ],
    [
      'the same key just inside the TTL',
      [
        { key: 'a', first: true },
        { key: 'a', after: 59_999, first: false },
      ],
    ],
    [
      'the same key once the TTL is over',
      [
        { key: 'a', first: true },
        { key: 'a', after: 60_001, first: true },
      ],
    ],
    [
      'the oldest key pushed out by the entry bound (3)',
      [
        { key: 'a', first: true },
        { key: 'b', first: true },
        { key: 'c', first: true },
        { key: 'd', first: true },
        { key: 'a', first: true },
        { key: 'd', first: false },
      ],
    ],
  ];

  it.each(CASES)('%s', async (_name, steps) => {
    const clock = manualClock();
    const guard = memoryReplayGuard(WINDOW, clock);
    for (const { key, after = 0, first } of steps) {
      clock.advance(after);
      expect(await guard.firstSeen(key), key).toBe(first);
    }
  });

  it('answers concurrent calls for one key once', async () => {
    const guard = memoryReplayGuard(WINDOW, manualClock());
    const answers = await Promise.all([1, 2, 3].map(() => guard.firstSeen('a')));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });
});

describe('sharedReplayGuard', () => {
  const instance = (storage: Storage, logger = recordingLogger()): ReplayGuard =>
    sharedReplayGuard(storage, memoryReplayGuard(WINDOW, manualClock()), logger);

  it.each([
    ['one instance, the same key twice', [0, 0], [true, false]],
    ['two instances, the same key on each', [0, 1], [true, false]],
    ['two instances, the same key three times', [1, 0, 1], [true, false, false]],
  ] as const)('%s', async (_name, instances, expected) => {
    const storage = new BoundedMemoryStorage({
      ttlMs: 60_000,
      maxItems: 100,
      clock: manualClock(),
    });
    const guards = [instance(storage), instance(storage)];
    const answers: boolean[] = [];
    for (const i of instances) answers.push(await (guards[i] as ReplayGuard).firstSeen('Ev1'));
    expect(answers).toEqual(expected);
  });

  it('keeps its own window, answers and logs a warning when the shared storage fails', async () => {
    const failing: Storage = {
      read: async () => ({}),
      write: async () => {
        throw new Error('redis down');
      },
      delete: async () => {},
    };
    const logger = recordingLogger();
    const guard = instance(failing, logger);
    expect(await guard.firstSeen('Ev1')).toBe(true);
    expect(await guard.firstSeen('Ev1')).toBe(false);
    expect(logger.lines.map((l) => [l.level, l.msg])).toEqual([
      ['warn', 'webhook: shared replay window unavailable'],
    ]);
  });
});
