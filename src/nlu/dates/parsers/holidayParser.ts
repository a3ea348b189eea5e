import table from '../../../text/lexicon/dates.fr.json' with { type: 'json' };
import { addDays, isoDay, readingsByYear } from '../calendar.ts';
import { alternation, wordPattern } from '../lexicon.ts';
import type { DateParser, DaySpan, Extracted } from '../types.ts';

const FIXED: Readonly<Record<string, string>> = table.holidays.fixed;
const EASTER_OFFSETS: Readonly<Record<string, number>> = table.holidays.easter;

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher), ISO. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day)!;
}

/** The day a holiday falls on in a year. */
function holidayIn(name: string, year: number): string | null {
  const fixed = FIXED[name];
  if (fixed !== undefined) return isoDay(year, Number(fixed.slice(0, 2)), Number(fixed.slice(3)));
  const offset = EASTER_OFFSETS[name];
  return offset === undefined ? null : addDays(easterSunday(year), offset);
}

const NAMES = alternation([...Object.keys(FIXED), ...Object.keys(EASTER_OFFSETS)]);
/** Names that are also ordinary words or names, read as dates only with a cue before them, a year or a shift. */
const NEEDS_CONTEXT = new Set(table.holidays.needsContext);
const CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'])${alternation(table.holidays.contextCues)} (?:la |le |les )?$`,
  'u',
);
/** "de Noël au jour de l'an": the start of a range. */
const RANGE_AFTER = new RegExp(`^ ${alternation(table.holidays.rangeEnds)} `, 'u');
/** The name is the whole message ("Noël ?", "la Toussaint"): a reply naming a day. */
const ALONE_BEFORE = /^\s*(?:la |le |l'|l )?$/u;
const ALONE_AFTER = /^\s*[?!.]*\s*$/u;

/** True when the words around a name that is also an ordinary word make it a date. */
function inDateContext(match: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  const after = text.slice(match.index + match[0].length);
  return (
    CUE_BEFORE.test(before) ||
    RANGE_AFTER.test(after) ||
    (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after))
  );
}

/** "la veille de Noël" is the day before, "le lendemain de Pâques" the day after. */
const SHIFTS: Readonly<Record<string, number>> = { veille: -1, lendemain: 1 };
const SHIFT = `(?<shift>veille|lendemain) (?:du |de |d'|d )(?:la |l'|l )?`;
/** An elided article belongs to the name ("l'Ascension"): a word cannot start after an apostrophe. */
const ARTICLE = `(?:l'|l )`;

/**
 * Holidays and feasts as dates: `Noël`, `la Toussaint`, `le jour de l'an`, `Pâques`,
 * `l'Ascension`, `la fête de la citoyenneté` (24 September, New Caledonia), `la veille de Noël`,
 * with an optional year (`Noël 2025`). Names that are also ordinary words ("ascension sociale",
 * "je m'appelle Noël", "île de Pâques") need a cue before them ("avant Noël", "à la Toussaint"),
 * a year or "veille/lendemain de" (`needsContext` in the table). Without a year both readings are kept (the next one, the last one) for the
 * tense and preposition refiners: "avant Noël" is before the coming 25 December. The names and
 * days live in `dates.fr.json` (`holidays`); Easter and its feasts are computed.
 */
export const holidayParser: DateParser = {
  name: 'holiday',
  pattern: wordPattern(`(?:${SHIFT}|${ARTICLE})?(?<name>${NAMES})(?: (?<year>(?:19|20)\\d\\d))?`),
  extract(match, context): Extracted | null {
    const { today } = context;
    const name = match.groups?.name ?? '';
    const year = match.groups?.year;
    const shift = SHIFTS[match.groups?.shift ?? ''] ?? 0;
    if (
      NEEDS_CONTEXT.has(name) &&
      year === undefined &&
      shift === 0 &&
      !inDateContext(match, context.text)
    )
      return null;
    const span = (y: number): DaySpan | null => {
      const day = holidayIn(name, y);
      return day === null ? null : { start: addDays(day, shift), end: addDays(day, shift) };
    };
    if (year !== undefined) return span(Number(year));
    const readings = readingsByYear(span, today);
    return readings === null ? null : { ...readings.upcoming, past: readings.past };
  },
};
