import { addDays, isIsoDay } from '../../time/noumea.ts';
import type { DaySpan } from './types.ts';

export { addDays };

/** The ISO day of a year, month (1-12) and day, or null when it is not a real day. */
export function isoDay(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** Year, month (1-12) and day of an ISO day. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The Monday-to-Sunday week holding the day (French weeks start on Monday). */
export function weekOf(iso: string): DaySpan {
  const start = addDays(iso, -((weekdayOf(iso) + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** The whole month `offset` months from the month of the day. */
export function monthOf(iso: string, offset = 0): DaySpan {
  const { year, month } = partsOf(iso);
  const index = year * 12 + (month - 1) + offset;
  return monthSpan(Math.floor(index / 12), (index % 12) + 1);
}

/** The whole month of a year. */
export function monthSpan(year: number, month: number): DaySpan {
  const start = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const next =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(next, -1) };
}

/** The whole year. */
export function yearSpan(year: number): DaySpan {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The day `count` months later (day clamped to the month's end: 31 jan + 1 month = 28/29 feb). */
export function addMonths(iso: string, count: number): string {
  const { day } = partsOf(iso);
  const month = monthOf(iso, count);
  return isoDay(...ymd(month.start), day) ?? month.end;
}

function ymd(iso: string): [number, number] {
  const { year, month } = partsOf(iso);
  return [year, month];
}

/**
 * The two readings of a form without a year ("30 juin", "fin juin"): the upcoming one (the first
 * whose end is today or later) and the past one (the last whose start is today or earlier).
 */
export function readingsByYear(
  build: (year: number) => DaySpan | null,
  today: string,
): { upcoming: DaySpan; past: DaySpan } | null {
  const year = partsOf(today).year;
  const spans: DaySpan[] = [];
  for (let y = year - 4; y <= year + 4; y++) {
    const span = build(y);
    if (span) spans.push(span);
  }
  const upcoming = spans.find((s) => s.end >= today);
  const past = spans.filter((s) => s.start <= today).at(-1);
  return upcoming && past ? { upcoming, past } : null;
}
