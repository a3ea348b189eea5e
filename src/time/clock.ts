/**
 * The one source of "now" for every component. Production uses the system
 * clock; tests, the CLI (`--now`) and the server (`BOT_NOW`) pin it.
 *
 * @example
 * const clock = fixedClock('2025-06-05');
 * todayInNoumea(clock.now()); // '2025-06-05'
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at noon, Nouméa time, of the given ISO day (or at an exact instant). */
export function fixedClock(at: string | Date): Clock {
  const instant = typeof at === 'string' ? parseClockSetting(at) : at;
  return { now: () => new Date(instant.getTime()) };
}

/** Parses `YYYY-MM-DD` (noon in Nouméa) or a full ISO timestamp; throws on anything else. */
export function parseClockSetting(value: string): Date {
  const trimmed = value.trim();
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
    ? new Date(`${trimmed}T12:00:00+11:00`)
    : new Date(trimmed);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`date invalide : « ${value} » (attendu AAAA-MM-JJ)`);
  }
  return instant;
}
