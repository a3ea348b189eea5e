/**
 * Calendar days as New Caledonia sees them (Pacific/Noumea, UTC+11, no DST).
 * Offer dates are plain ISO days (`2025-06-27`), compared as strings.
 */
export const NOUMEA_TIME_ZONE = 'Pacific/Noumea';

const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: NOUMEA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO day (YYYY-MM-DD) of an instant, in Nouméa. */
export function todayInNoumea(instant: Date): string {
  // Nouméa's days start on a whole minute of UTC: the day of the last minute asked is kept (formatting costs ~10 µs).
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, day: isoDayFormat.format(instant) };
  return lastMinute.day;
}

let lastMinute = { minute: Number.NaN, day: '' };

const longFrench = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const shortFrench = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

function isoDayAsUtc(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** `2025-08-08` → `vendredi 8 août 2025`. */
export function formatLongDate(isoDay: string): string {
  return longFrench.format(isoDayAsUtc(isoDay));
}

const mediumFrench = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `2025-08-08` → `8 août 2025`: a list line, exact and short. */
export function formatMediumDate(isoDay: string): string {
  return mediumFrench.format(isoDayAsUtc(isoDay));
}

/** `2025-07-18` → `18/07/2025`. */
export function formatShortDate(isoDay: string): string {
  return shortFrench.format(isoDayAsUtc(isoDay));
}

/** Adds whole days to an ISO day. */
export function addDays(isoDay: string, days: number): string {
  const date = isoDayAsUtc(isoDay);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** True when the string is a real calendar day in ISO form. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = isoDayAsUtc(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
