import { z } from 'zod';

/** Longest title served (the longest real AVP title is under 100 characters). */
export const MAX_TITLE_LENGTH = 300;
/** Longest body served, in characters (real bodies are under 10 000). */
export const MAX_BODY_LENGTH = 200_000;
/** Longest short field (employer, corps, location...). */
export const MAX_FIELD_LENGTH = 1_000;
/** Most items in a list (missions, requirements, warnings). */
export const MAX_LIST_ITEMS = 200;
/** Longest list item. */
export const MAX_ITEM_LENGTH = 5_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A Nouméa day `AAAA-MM-JJ` that exists, or null. */
export const isoDay = z
  .string()
  .regex(ISO_DAY, { error: 'jour attendu au format AAAA-MM-JJ', abort: true })
  .refine(isRealDay, { error: 'jour inexistant' })
  .nullable();

/** A trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'texte vide' })
    .max(max, { error: `plus de ${max} caractères` });

/** A short text (employer, corps, place...), or null when the document is silent. */
export const optionalText = text(MAX_FIELD_LENGTH).nullable();

/** A bounded list of texts (missions, requirements). */
export const list = z
  .array(text(MAX_ITEM_LENGTH))
  .max(MAX_LIST_ITEMS, { error: `plus de ${MAX_LIST_ITEMS} éléments` });

/** The residence a document requires: its words, and the years when it states a number. */
export const residenceSchema = z.object({
  /** The document's wording, e.g. `au moins égale à 10 ans`. */
  text: text(MAX_FIELD_LENGTH),
  /** The years required when stated, e.g. `10`; null when the text gives no number. */
  years: z.number().int().min(0).max(100).nullable(),
});

/** A count of people (agents supervised), null where the document does not state it ("/"). */
const headcount = z.number().int().min(0).max(100_000).nullable();

/** The people a post supervises: direct and indirect reports, each null when not stated. */
export const teamSchema = z.object({ direct: headcount, indirect: headcount });

/** Most quotes an offer keeps (one per field at most). */
const MAX_QUOTES = 100;

/**
 * The document's words each facet was read from, by field key (`{ communes: 'Lieu de travail :
 * Dumbéa' }`); a field read from no words has none.
 */
export const quotesSchema = z
  .record(z.string().max(100), z.string().max(MAX_ITEM_LENGTH))
  .refine((quotes) => Object.keys(quotes).length <= MAX_QUOTES, {
    error: `plus de ${MAX_QUOTES} citations`,
  });

/** When the post is to be filled: the wording as printed, and its ISO day when it names one. */
export const startDateSchema = z.object({
  /** "Immédiatement", "susceptible d'être vacant à compter du 1er octobre 2026". */
  text: text(MAX_FIELD_LENGTH),
  /** The one exact day the wording names, else null. */
  iso: isoDay,
});

/** The number of posts the offer fills, when stated. */
export const positionsSchema = z.number().int().min(1).max(999);

/** The driving licence a post asks for: its categories (`['B']`), and whether it is required. */
export const drivingLicenceSchema = z.object({
  categories: z.array(text(10)).max(20),
  /** False when only wished for ("permis B souhaité"). */
  required: z.boolean(),
});

/** The person to contact about the post: function or name, numbers as printed, e-mail. */
export const contactSchema = z.object({
  name: optionalText,
  phone: optionalText,
  email: optionalText,
});

/** Where and how to apply: e-mail, postal or drop-off address, documents to send, web page. */
export const applicationSchema = z.object({
  email: optionalText,
  address: optionalText,
  documents: list,
  url: optionalText,
});

/** Longest URL kept (portal download links are under 150 characters). */
export const MAX_URL_LENGTH = 2_000;

/**
 * True for an absolute `http:` or `https:` URL with a host, no space or control character, and
 * at most {@link MAX_URL_LENGTH} characters: the only URLs ever shown as links.
 */
export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || !/^https?:\/\/[^\s/]/i.test(value)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  return URL.canParse(value);
}

/** An official document's http(s) URL; anything else (another scheme, a relative path, not a text) is null. */
export const httpUrl = z
  .string()
  .refine(isHttpUrl)
  .nullable()
  .catch(() => null);
