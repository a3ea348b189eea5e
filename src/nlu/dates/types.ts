/** How a mention bounds the days it names. */
export type DateRelation = 'before' | 'after' | 'on' | 'within';

/**
 * A date range found in a question, in Nouméa days (ISO `YYYY-MM-DD`, both ends included).
 * A null end is open: `{ start: null, end: '2025-06-29' }` is "avant le 30 juin".
 */
export interface DateMention {
  start: string | null;
  end: string | null;
  /** The words read, as normalised (lower case, no accents), preposition included. */
  said: string;
  /** `before` / `after` for open ranges, `on` for one day, `within` for a closed period. */
  relation?: DateRelation;
}

/** A closed span of days. */
export interface DaySpan {
  start: string;
  end: string;
}

/** What the parsers read: the normalised question and the reference Nouméa day. */
export interface DateContext {
  text: string;
  today: string;
}

/** One date read by a parser, then adjusted by the refiners. */
export interface ParsedDate {
  /** Where the words start in `DateContext.text`. */
  index: number;
  /** The words, as in `DateContext.text`. */
  text: string;
  start: string | null;
  end: string | null;
  relation?: DateRelation;
  /** The past reading of a bare form ("30 juin", "vendredi"); `start`/`end` hold the upcoming one. */
  past?: DaySpan;
  /** True for "fin ..." forms: "avant la fin du mois" runs to the last day, not the day before. */
  endsPeriod?: boolean;
  /** True once a preposition or range refiner has decided the bounds. */
  bounded?: boolean;
}

/** What a parser returns for one match: the days, the words default to the whole match. */
export type Extracted = Omit<ParsedDate, 'index' | 'text'> & { index?: number; text?: string };

/** Reads one family of forms (chrono-style): a global pattern and an extractor per match. */
export interface DateParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, context: DateContext): Extracted | null;
}

/** Adjusts, merges or drops the dates found by the parsers (chrono-style). */
export interface DateRefiner {
  name: string;
  refine(results: ParsedDate[], context: DateContext): ParsedDate[];
}
