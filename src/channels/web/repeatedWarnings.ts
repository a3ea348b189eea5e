import type { WebLogger } from './types.ts';

/** Runs `fn` after `ms`; returns a cancel function. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export interface RepeatedWarningsOptions {
  /** How long repeats of one warning are folded into one line (60 s by default). */
  intervalMs?: number;
  /** Timer injection for tests; production uses an unref'd `setTimeout`. */
  schedule?: Schedule;
}

/** A logger that folds repeated warnings; `close()` writes the pending counts and stops the timers. */
export interface AggregatingLogger extends WebLogger {
  close(): void;
}

export const REPEAT_INTERVAL_MS = 60_000;

const unrefTimeout: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * Wraps `logger` so that a flood of one warning (keyed by its message, which our code writes
 * as a constant) costs a bounded number of lines: the first occurrence is logged as given, the
 * ones after it are counted, and once per interval a single `<message> (repeated)` line gives
 * the count (`repeated`, `intervalMs`) without any occurrence's fields. After an interval with
 * no repeat the warning is forgotten and its next occurrence logged in full. `info` and
 * `error` pass through unchanged.
 */
export function aggregateWarnings(
  logger: WebLogger,
  { intervalMs = REPEAT_INTERVAL_MS, schedule = unrefTimeout }: RepeatedWarningsOptions = {},
): AggregatingLogger {
  const repeats = new Map<string, { count: number; cancel: () => void }>();
  const summarise = (msg: string, count: number) =>
    logger.warn({ repeated: count, intervalMs }, `${msg} (repeated)`);
  const tick = (msg: string) => {
    const entry = repeats.get(msg);
    if (entry === undefined) return;
    if (entry.count === 0) return void repeats.delete(msg);
    summarise(msg, entry.count);
    entry.count = 0;
    entry.cancel = schedule(() => tick(msg), intervalMs);
  };
  return {
    info: (obj, msg) => logger.info(obj, msg),
    error: (obj, msg) => logger.error(obj, msg),
    warn(obj, msg = 'web') {
      const entry = repeats.get(msg);
      if (entry) {
        entry.count += 1;
        return;
      }
      logger.warn(obj, msg);
      repeats.set(msg, { count: 0, cancel: schedule(() => tick(msg), intervalMs) });
    },
    close() {
      for (const [msg, { count, cancel }] of repeats) {
        cancel();
        if (count > 0) summarise(msg, count);
      }
      repeats.clear();
    },
  };
}
