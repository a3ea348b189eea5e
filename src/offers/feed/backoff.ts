/** How long to wait before trying a failed feed again (see {@link backoffDelay}). */
export interface BackoffPolicy {
  /** Wait after the first failure (before jitter). */
  baseMs: number;
  /** Longest wait, however many failures. */
  capMs: number;
  /** A number in [0, 1): `Math.random` in service, a fixed sequence in tests. */
  random: () => number;
}

/** First retry after 30 s: a portal hiccup is usually over by then. */
export const DEFAULT_BACKOFF_BASE_MS = 30_000;

/**
 * The wait before the next attempt after `failures` failures in a row (1 = the first):
 * exponential (`baseMs`, doubled at each failure) up to `capMs`, with "equal jitter": half of
 * it fixed, half random, so a server restarted with many others does not retry in step with
 * them, and never retries sooner than half the step.
 */
export function backoffDelay(failures: number, { baseMs, capMs, random }: BackoffPolicy): number {
  const exponent = Math.min(Math.max(0, failures - 1), 30);
  const step = Math.min(capMs, baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(step / 2 + (step / 2) * r);
}
