import { fieldSpec, OFFER_FIELD_KEYS } from '../fields/offerFields.ts';
import type { Offer } from '../offer.ts';
import { formatShortDate } from '../../time/noumea.ts';
import { packedBodyOf, withChanges } from '../packedBody.ts';

/** True when a document leaves a field to the feed: null, an empty list or an empty text. */
function lacks(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Fields the feed may fill (the table's `merge: 'fill'`) and those it always gives (`record`: the
 * official document's URL, which a document never holds); source and warnings are handled apart.
 */
const FILLABLE = OFFER_FIELD_KEYS.filter((key) =>
  ['fill', 'record'].includes(fieldSpec(key).merge),
) as Exclude<keyof Offer, 'reference' | 'source' | 'warnings'>[];

/** Days on which a disagreement between document and feed is worth a warning (the table's `compared` days), with their names. */
const CHECKED_DAYS = OFFER_FIELD_KEYS.flatMap((key) => {
  const compared = fieldSpec(key).compared;
  return compared?.as === 'day' ? [[key, compared.name] as const] : [];
}) as (readonly [TextKey, string])[];

/** Fields holding one text or null (the compared days are ISO days). */
type TextKey = { [K in keyof Offer]: Offer[K] extends string | null ? K : never }[keyof Offer];

/** True when the offer has the field; a packed body (never empty) is not inflated to tell. */
function has(offer: Offer, field: (typeof FILLABLE)[number]): boolean {
  return (field === 'body' && packedBodyOf(offer) !== undefined) || !lacks(offer[field]);
}

function fill(document: Offer, feed: Offer): Offer {
  const changes: Partial<Offer> & { warnings: string[] } = { warnings: [...document.warnings] };
  for (const field of FILLABLE) {
    if (!has(document, field) && has(feed, field)) Object.assign(changes, { [field]: feed[field] });
  }
  const { warnings } = changes;
  for (const warning of feed.warnings) if (!warnings.includes(warning)) warnings.push(warning);
  for (const [field, label] of CHECKED_DAYS) {
    const ours = document[field];
    const theirs = feed[field];
    if (ours !== null && theirs !== null && ours !== theirs) {
      warnings.push(
        `Le flux open data donne une autre ${label} (${formatShortDate(theirs)}) que le document (${formatShortDate(ours)}).`,
      );
    }
  }
  // A filled body comes from the feed as it is; otherwise the document's stays packed.
  const { body, ...fields } = changes;
  const merged = withChanges(document, fields);
  return body === undefined ? merged : { ...merged, body };
}

/**
 * Merges the offers read from documents with the offers of the open-data feed.
 *
 * Same normalised reference → one offer: the document is authoritative for every field it
 * has; the feed fills only what it lacks (null, empty list, empty text). Warnings of both are
 * kept (plus one when they disagree on the deadline or the publication day); `source` stays
 * the document's path. Feed offers without a document are added as they are, after the
 * documents, in feed order. The inputs are not modified.
 */
export function mergeOffers(documents: readonly Offer[], feed: readonly Offer[]): Offer[] {
  const fromFeed = new Map<string, Offer>();
  for (const offer of feed)
    if (!fromFeed.has(offer.reference)) fromFeed.set(offer.reference, offer);
  const documented = new Set(documents.map((d) => d.reference));
  const merged = documents.map((document) => {
    const match = fromFeed.get(document.reference);
    return match === undefined ? document : fill(document, match);
  });
  const feedOnly = [...fromFeed.values()].filter((offer) => !documented.has(offer.reference));
  return [...merged, ...feedOnly];
}
