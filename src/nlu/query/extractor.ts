import type { Query } from './query.ts';

/**
 * What the extractors may ask of the catalog in service: the names it teaches (titles, short
 * numbers, directions, services, corps) and the words it holds. The offers layer implements it
 * (`Catalog`); the understanding never sees an offer's text.
 */
export interface CatalogVocabulary {
  /** True when an offer with this reference exists (published or not). */
  has(reference: string): boolean;
  /** References of offers published by `today` whose number is these digits ("0747", "747", "2014"). */
  referencesNumbered(digits: string, today: string): string[];
  /** Offers published by `today` whose title the message names, best first, with a score in (0, 1]. */
  titleMatches(
    text: string,
    today: string,
    limit?: number,
  ): Array<{ reference: string; score: number }>;
  /** References of offers published by `today` whose title holds any of these normalised words, best first. */
  titlesHolding(words: readonly string[], today: string, limit?: number): string[];
  /** The words of a message that name an offer's title (the classifier reads them as one job title). */
  titleWords(text: string): ReadonlySet<string>;
  /** True when some offer's text holds this normalised word (its stem). */
  knowsWord(word: string): boolean;
  /** True when some offer's title or missions hold this normalised word (its stem): a word worth searching. */
  holdsContentWord(word: string): boolean;
  /** True when some offer's title holds this normalised word (its stem). */
  inTitles(word: string): boolean;
  /** The directions and services the offers name, each once, with the catalog's other names for them. */
  units(): readonly UnitName[];
  /** The corps alternatives the offers name, each once, as printed ("contrôleur", "cadre d'exploitation"). */
  corps(): readonly string[];
}

/** A direction or service of the catalog. */
export interface UnitName {
  kind: 'direction' | 'service';
  /** As the offers print it: "Direction des télécommunications", "Section Marketing". */
  name: string;
  /** Acronyms and short forms ("DT", "Télécom", "CERT"). */
  aliases: readonly string[];
}

/** What every extractor reads: the message, its normalised words, the day asked, the catalog's names. */
export interface ExtractionInput {
  /** The message with e-mail and web addresses removed. */
  text: string;
  /** The message as received: a pasted offer link still names its offer. */
  said: string;
  /** Its normalised words (lower case, no accents). */
  words: readonly string[];
  /** The Nouméa day of the question (YYYY-MM-DD): "aujourd'hui". */
  today: string;
  vocabulary: CatalogVocabulary;
}

/**
 * One extractor fills one field of the {@link Query} (chrono's parsers, Rasa's pipeline
 * components). It may read the fields filled before it (`sofar`): the keywords come last and
 * take what no other extractor said.
 */
export interface Extractor<K extends keyof Query = keyof Query> {
  field: K;
  extract(input: ExtractionInput, sofar: Readonly<Query>): Query[K];
}

/** Declares an extractor with its field's type checked. */
export function extractor<K extends keyof Query>(
  field: K,
  extract: (input: ExtractionInput, sofar: Readonly<Query>) => Query[K],
): Extractor<K> {
  return { field, extract };
}
