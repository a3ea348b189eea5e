import { describe, expect, it } from 'vitest';
import { aggregateWarnings } from '../../../src/channels/web/repeatedWarnings.ts';

/** A timer list run by hand: `tick()` fires every timer due. */
function manualTimers() {
  let timers: Array<{ fn: () => void; cancelled: boolean }> = [];
  return {
    schedule: (fn: () => void) => {
      const timer = { fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    tick() {
      const due = timers;
      timers = [];
      for (const t of due) if (!t.cancelled) t.fn();
    },
    get pending() {
      return timers.filter((t) => !t.cancelled).length;
    },
  };
}

function recorded() {
  const lines: Array<{ level: string; obj: object; msg?: string }> = [];
  return {
    lines,
    logger: {
      info: (obj: object, msg?: string) => lines.push({ level: 'info', obj, msg }),
      warn: (obj: object, msg?: string) => lines.push({ level: 'warn', obj, msg }),
      error: (obj: object, msg?: string) => lines.push({ level: 'error', obj, msg }),
    },
  };
}

describe('aggregateWarnings', () => {
  it('logs the first warning of a kind, then one line per interval with the count', () => {
    const timers = manualTimers();
    const { lines, logger } = recorded();
    const log = aggregateWarnings(logger, { intervalMs: 60_000, schedule: timers.schedule });
    for (let i = 0; i < 5_000; i++) log.warn({ n: i }, 'web: origin refused');
    log.warn({ n: 0 }, 'web: other');
    expect(lines).toEqual([
      { level: 'warn', obj: { n: 0 }, msg: 'web: origin refused' },
      { level: 'warn', obj: { n: 0 }, msg: 'web: other' },
    ]);
    timers.tick();
    expect(lines.slice(2)).toEqual([
      {
        level: 'warn',
        obj: { repeated: 4_999, intervalMs: 60_000 },
        msg: 'web: origin refused (repeated)',
      },
    ]);
    log.warn({ n: 1 }, 'web: origin refused'); // still within the next interval: counted
    timers.tick();
    expect(lines.slice(3)).toEqual([
      {
        level: 'warn',
        obj: { repeated: 1, intervalMs: 60_000 },
        msg: 'web: origin refused (repeated)',
      },
    ]);
    timers.tick(); // a quiet interval: forgotten, the next one is logged in full
    expect(timers.pending).toBe(0);
    log.warn({ n: 2 }, 'web: origin refused');
    expect(lines.slice(4)).toEqual([{ level: 'warn', obj: { n: 2 }, msg: 'web: origin refused' }]);
  });

  it('passes info and error through, and flushes the counts on close', () => {
    const timers = manualTimers();
    const { lines, logger } = recorded();
    const log = aggregateWarnings(logger, { intervalMs: 1_000, schedule: timers.schedule });
    log.info({}, 'a');
    log.info({}, 'a');
    log.error({}, 'b');
    log.warn({}, 'c');
    log.warn({}, 'c');
    log.close();
    expect(lines.map((l) => l.msg)).toEqual(['a', 'a', 'b', 'c', 'c (repeated)']);
    expect(timers.pending).toBe(0);
    log.close(); // twice: nothing more
    expect(lines).toHaveLength(5);
  });
});
