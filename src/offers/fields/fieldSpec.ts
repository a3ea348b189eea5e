import type { z } from 'zod';
import type { messages } from '../../dialog/messages.fr.ts';
import type { Converter } from '../feed/converters.ts';
import type { Sourced } from '../parse/facets/sourced.ts';
import type { ParseContext } from '../parse/types.ts';

/** The chrono-style field parsers of `parse/` (their `name`), run in the order of `PARSERS`. */
export type ParserName =
  | 'reference'
  | 'title'
  | 'labelledFields'
  | 'residence'
  | 'dates'
  | 'sections'
  | 'body'
  | 'facets';

/**
 * A facet parser: reads one field from the prepared document, with the document's words it came
 * from; null when the document does not state it. Run by `facetsParser` after the chrono-style
 * parsers, in table order; the quote is kept in `offer.quotes[key]`.
 */
export type Facet<V> = (context: ParseContext) => Sourced<NonNullable<V>> | null;

/** Where a document gives the field. */
export type DocumentSource<V> =
  | {
      /** Labels announcing the value ("Employeur : …"), matched without case or accents. */
      labels?: readonly string[];
      /** The parser of `PARSERS` that fills it. */
      parser: ParserName;
    }
  | {
      labels?: readonly string[];
      /** The facet function that reads it (see {@link Facet}). */
      facet: Facet<V>;
    }
  | {
      /**
       * Not read from the text: the file's path, the notes of every parser and refiner, or the
       * document's words each facet was read from (filled by `facetsParser`); `record`: given by
       * the open-data record only (null for a document); `read`: true for an offer read from its
       * document, set to false for one made from the record's columns alone.
       */
      meta: 'source' | 'warnings' | 'quotes' | 'record' | 'read';
    };

/** Where the open-data feed gives the field: its columns (in this order) and how they are read. */
export interface FeedSource<V> {
  /** Portal column names as the CSV and API v2.1 spell them (API v1 drops the `_`). */
  columns: readonly string[];
  convert: Converter<V | null>;
}

/**
 * How a document and a feed record of the same reference merge: `key` joins them; `fill`: the
 * document wins, the feed fills what the document lacks (null, empty list, empty text);
 * `document`: always the document's; `union`: both, without repeats; `record`: always the feed
 * record's (the official document's URL, which no document states of itself).
 */
export type MergeRule = 'key' | 'fill' | 'document' | 'union' | 'record';

/**
 * How a fact document and columns both give is compared, and written in the warning when they
 * differ: `exact` (the same text), `words` (the same words without case
 * or accents, or one's words inside the other's: a title with its direction's prefix), `day` (an
 * ISO day, written 29/05/2026), `set` (the same items in any order), `residence` (the same years,
 * else the same words), `flag` (the same yes or no).
 */
export type ComparedKind = 'exact' | 'words' | 'day' | 'set' | 'residence' | 'flag';

/** A fact whose disagreement between document and columns is warned about: its French name and kind. */
export interface Compared {
  name: string;
  as: ComparedKind;
}

/** The "the document says '/'" answer (a requirement explicitly absent), as opposed to silence (null). */
export const STATED_NONE: unique symbol = Symbol('stated none');

/** The offer as a field's answer may read it (its other fields, untyped to keep the table self-contained). */
export type OfferFacts = { readonly [key: string]: unknown };

/** A key of the dialog's French sentences (`messages.fr.ts`). */
export type SentenceKey = keyof typeof messages;

/** Whether and how users can ask about the field. */
export type Asked<V> =
  | {
      /** The intent that asks for it (`intents/<intent>.json`). */
      intent: string;
      /** Answered by the shared sentence: "<label> de <offre> : <valeur>." or the document is silent. */
      sentence: 'field';
      /** The label in the answer; the field's `label` when absent. */
      label?: string;
      /** The value as the answer says it; the text itself when absent. */
      text?: (value: V, offer: OfferFacts) => string | null | typeof STATED_NONE;
    }
  | {
      intent: string;
      /** Answered by the intent's own handler (in `dialog/handlers/`) with this sentence. */
      sentence: Exclude<SentenceKey, 'field'>;
    };

/** How a value reads in one place: its label there, and its text (null: not given). */
export type Shown<V> = { label?: string } & (NonNullable<V> extends string
  ? { text?: (value: V) => string | null }
  : { text: (value: V) => string | null });

/**
 * How the offer page shows the field: one fact of the list (default), a fact that is a link (an
 * http(s) URL, else "non précisé"), a bulleted section, or a folded text.
 */
export type PageShown<V> =
  | (Shown<V> & { as?: 'fact' })
  | { label?: string; as: 'link' }
  | { label?: string; as: 'list' }
  | { label?: string; as: 'text' };

/** Where a value goes in the schema.org `JobPosting` (nested objects are typed by `jsonLd.ts`). */
export type JsonLdSpot =
  | 'title'
  | 'sameAs'
  | 'identifier.value'
  | 'datePosted'
  | 'validThrough'
  | 'hiringOrganization.name'
  | 'hiringOrganization.department.name'
  | 'jobLocation.name'
  | 'jobLocation.address.addressLocality'
  | 'jobLocation.address.addressRegion'
  | 'employmentUnit.name'
  | 'employmentType'
  | 'jobStartDate'
  | 'applicationContact'
  | 'description'
  | 'qualifications';

/** How the field is shown; a place it is absent from does not show it. */
export interface Show<V> {
  /** A line of the chat's offer card ("Parle-moi de ce poste"), when it has a value. */
  summary?: Shown<V>;
  /** The offer page (`/offres/:reference`); a fact without a value reads "non précisé". */
  page?: PageShown<V>;
  /** The JSON-LD `JobPosting`: its spot, and the value written there (the field's when absent). */
  jsonLd?: { at: JsonLdSpot; value?: (value: V) => unknown };
  /** A key of each item of the `/api/offers` list (the offer itself, `/api/offers/:ref`, has every field). */
  listing?: true;
}

/** How a field's texts are kept: written once in the parse cache, cleaned of invisible characters before they are shown. */
export interface TextHandling {
  /** Repeated across offers: the parse cache writes each distinct text once (`internFields.ts`). */
  intern?: boolean;
  /** Every text in it loses its invisible format and control characters before it is served (`visibleOffer.ts`). */
  clean?: boolean;
}

/** One field of an offer, everything about it in one place. */
export interface FieldSpec<V> {
  /** Its type and bounds (the offer schema and the `Offer` type are made of these). */
  schema: z.ZodType<V>;
  /** Its French name, lower case, as `cli check` and the schema's issues name it. */
  name: string;
  /** Its French label (capitalised), the default in answers, the card and the page. */
  label: string;
  /** The document must give it: a draft starts without it and a document without it is refused. */
  required?: true;
  /** `cli check` reports whether a document gives it. */
  checked?: true;
  document: DocumentSource<V>;
  feed?: FeedSource<V>;
  merge: MergeRule;
  /** A fact compared when document and feed both give it: a difference is warned about with this name. */
  compared?: Compared;
  texts?: TextHandling;
  ask?: Asked<V>;
  show?: Show<V>;
}

/**
 * One entry of the table, checked against its own schema's type (converters, answers and shows
 * read `V`); its document source and text handling are kept literal, so the types derived from
 * the table (labelled keys, interned keys) follow it.
 */
export function field<
  S extends z.ZodType,
  const D extends DocumentSource<z.output<S>>,
  const T extends TextHandling | undefined = undefined,
>(
  spec: FieldSpec<z.output<S>> & { schema: S; document: D; texts?: T },
): FieldSpec<z.output<S>> & { schema: S; document: D; texts: T } {
  return spec as FieldSpec<z.output<S>> & { schema: S; document: D; texts: T };
}
