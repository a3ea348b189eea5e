import { addDays, isIsoDay, todayInNoumea } from '../../time/noumea.ts';

/*
 * How the portal writes days.
 *
 * The DRHFPNC types a calendar day in Nouméa ("clôture le vendredi 29 mai 2026").
 * The portal stores it as midnight in Nouméa, i.e. 13:00 UTC the day before, and its
 * `date_cloture` / `date_mis_en_ligne` columns keep only that UTC date: `2026-05-28`.
 * So a BARE day in those two columns is one day early and gets +1 day
 * (checked on the 20 real offers of test/fixtures/real-avp: all match their documents).
 * A midnight-UTC timestamp (`2026-05-28T00:00:00Z`) is the same bare day with a time
 * appended by some exports, and gets +1 too.
 *
 * A value with a real time and an explicit offset is an instant, not a stored day:
 * `2026-05-05 10:08:54+11:00` (date_creation) or `2026-05-28T13:00:00+00:00` both give
 * their day in Nouméa, without any shift.
 */

const BARE_DAY = /^(\d{4}-\d{2}-\d{2})$/;
const UTC_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?\s*(?:Z|[+-]00:?00)$/i;
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** How a column's bare days must be read. */
export type DayKind = 'portalShifted' | 'local';

/** A day read from the feed, or why it could not be. */
export type FeedDay = { day: string } | { day: null; doubt: string | null };

function instantDay(date: string, time: string, zone: string): string | null {
  const offset = /^[+-]\d{2}$/.test(zone)
    ? `${zone}:00`
    : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const instant = new Date(`${date}T${time}${offset.toUpperCase()}`);
  return Number.isNaN(instant.getTime()) ? null : todayInNoumea(instant);
}

/**
 * Reads a day of the feed as an ISO day in Nouméa.
 *
 * @param raw the cell, e.g. `2026-05-28` or `2026-05-05 10:08:54+11:00`.
 * @param kind `portalShifted` for date_cloture / date_mis_en_ligne (bare days +1, see above),
 *   `local` for columns whose bare days are already Nouméa days.
 * @returns the day; or null with a doubt when the cell is not empty but unreadable.
 * @example
 * readFeedDay('2026-05-28', 'portalShifted')               // { day: '2026-05-29' }
 * readFeedDay('2026-10-01 00:00:00+11:00', 'portalShifted') // { day: '2026-10-01' }
 */
export function readFeedDay(raw: string, kind: DayKind): FeedDay {
  const value = raw.trim();
  if (value === '') return { day: null, doubt: null };
  const bare = BARE_DAY.exec(value) ?? UTC_MIDNIGHT.exec(value);
  if (bare?.[1] !== undefined && isIsoDay(bare[1])) {
    return { day: kind === 'portalShifted' ? addDays(bare[1], 1) : bare[1] };
  }
  const instant = INSTANT.exec(value);
  const day =
    instant && isIsoDay(instant[1] ?? '')
      ? instantDay(instant[1] ?? '', instant[2] ?? '', instant[3] ?? '')
      : null;
  return day !== null ? { day } : { day: null, doubt: `date illisible « ${value} »` };
}

const frenchDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `2026-10-01` → `1er octobre 2026`, as the documents write a start date. */
export function frenchDayText(isoDay: string): string {
  return frenchDay.format(new Date(`${isoDay}T00:00:00Z`)).replace(/^1 /, '1er ');
}
