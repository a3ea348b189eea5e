import type { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { addDays, partsOf } from './calendar.ts';
import { recognizerWindow } from './prefilter.ts';
import { prepositionRefiner } from './refiners/prepositionRefiner.ts';
import { pastClauseBefore } from './refiners/tense.ts';
import type { DateMention } from './types.ts';

interface Value {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

type FrenchModel = ReturnType<DateTimeRecognizer['getDateTimeModel']>;

let model: Promise<FrenchModel> | undefined;

/** Loads the French model once, on first use (≈0.5 s to load, ≈4 s for the first parse). */
function frenchModel(): Promise<FrenchModel> {
  model ??= import('@microsoft/recognizers-text-date-time')
    .then((module) => {
      // A UMD package: Node finds its named exports, a bundle (esbuild) only its default one.
      const { DateTimeRecognizer: Recognizer, Culture } = module.Culture
        ? module
        : (module as unknown as { default: typeof module }).default;
      return new Recognizer(Culture.French).getDateTimeModel(Culture.French, true);
    })
    .catch((error: unknown) => {
      model = undefined; // let a later call try again
      throw error;
    });
  return model;
}

const day = (text: string | undefined): string | null =>
  text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;

/** One resolution value as a range; date ranges end the day before their (exclusive) end. */
function toRange(value: Value): { start: string | null; end: string | null } | null {
  const single = day(value.value);
  if (single !== null) return { start: single, end: single };
  const start = day(value.start);
  const endExclusive = day(value.end);
  const end =
    endExclusive === null ? null : addDays(endExclusive, value.type === 'daterange' ? -1 : 0);
  switch (value.Mod) {
    case 'before':
      return start === null ? null : { start: null, end: addDays(start, -1) };
    case 'after':
      return end === null ? null : { start: addDays(end, 1), end: null };
    case 'since':
      return start === null ? null : { start, end: null };
    case 'until':
      return end === null ? null : { start: null, end };
  }
  return start === null && end === null ? null : { start, end };
}

/** Among candidate readings (bare "30 juin" gives two), the same rule as ours: past after "depuis"/"publiées", else upcoming. */
function choose(
  ranges: Array<{ start: string | null; end: string | null }>,
  past: boolean,
  today: string,
) {
  if (ranges.length <= 1) return ranges[0] ?? null;
  const upcoming = ranges.find((r) => (r.end ?? r.start ?? '') >= today);
  const before = ranges.filter((r) => (r.start ?? r.end ?? '') <= today).at(-1);
  return (past ? (before ?? upcoming) : (upcoming ?? before)) ?? null;
}

/**
 * Asks Microsoft's French recognizer (`@microsoft/recognizers-text-date-time`, loaded lazily) for
 * the first date of a question. Slow (first call seconds, then tens of ms): a fallback only,
 * and no pre-filter here (see `findDateRangeAsync`). The text is cut to 150 characters from just
 * before its first date-ish word, offer references and `bac+2` blanked; durations, times and
 * unresolved periods are ignored; prepositions it drops ("avant", "jusqu'au") are applied by
 * our preposition refiner. Returns null when nothing usable comes back.
 *
 * @param today the reference Nouméa day, `YYYY-MM-DD`.
 */
export async function recognizeWithMicrosoft(
  text: string,
  today: string,
): Promise<DateMention | null> {
  const window = recognizerWindow(text);
  if (window === '') return null;
  const { year, month, day: dayOfMonth } = partsOf(today);
  // The recognizer reads the reference in local time: noon of the Nouméa day, whatever the server zone.
  const results = (await frenchModel()).parse(window, new Date(year, month - 1, dayOfMonth, 12));
  for (const result of results) {
    if (!/\.(?:date|daterange|datetime|datetimerange)$/.test(result.typeName)) continue;
    const values = (result.resolution.values ?? []) as Value[];
    const ranges = values.map(toRange).filter((r) => r !== null);
    const chosen = choose(ranges, pastClauseBefore(window, result.start), today);
    if (!chosen) continue;
    // The recognizer drops "avant", "jusqu'au", "à partir du": our preposition refiner puts them back.
    const [found] = prepositionRefiner.refine(
      [{ index: result.start, text: result.text, ...chosen }],
      { text: window, today },
    );
    const { start, end } = found ?? chosen;
    const relation =
      found?.relation ??
      (start === null ? 'before' : end === null ? 'after' : start === end ? 'on' : 'within');
    return { start, end, said: found?.text ?? result.text, relation };
  }
  return null;
}
