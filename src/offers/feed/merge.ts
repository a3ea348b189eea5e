import type { Offer } from '../offer.ts';
import { formatShortDate } from '../../time/noumea.ts';

/** True when a document leaves a field to the feed: null, an empty list or an empty text. */
function lacks(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Fields the feed may fill (source and warnings are handled apart). */
const FILLABLE = [
  'title', 'employer', 'corps', 'direction', 'location', 'residence', 'residenceRequired', 'publishedOn', 'deadline',
  'deadlineNote', 'previousDeadline', 'startDate', 'respncJob', 'missions', 'requirements', 'body',
] as const satisfies readonly Exclude<keyof Offer, 'reference' | 'source' | 'warnings'>[];

/** Days on which a disagreement between document and feed is worth a warning. */
const CHECKED_DAYS = [
  ['deadline', 'date limite'],
  ['publishedOn', 'date de publication'],
] as const;

function fill(document: Offer, feed: Offer): Offer {
  const merged: Offer = { ...document, warnings: [...document.warnings] };
  for (const field of FILLABLE) {
    if (lacks(document[field]) && !lacks(feed[field])) Object.assign(merged, { [field]: feed[field] });
  }
  for (const warning of feed.warnings) if (!merged.warnings.includes(warning)) merged.warnings.push(warning);
  for (const [field, label] of CHECKED_DAYS) {
    const ours = document[field];
    const theirs = feed[field];
    if (ours !== null && theirs !== null && ours !== theirs) {
      merged.warnings.push(`Le flux open data donne une autre ${label} (${formatShortDate(theirs)}) que le document (${formatShortDate(ours)}).`);
    }
  }
  return merged;
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
  for (const offer of feed) if (!fromFeed.has(offer.reference)) fromFeed.set(offer.reference, offer);
  const documented = new Set(documents.map((d) => d.reference));
  const merged = documents.map((document) => {
    const match = fromFeed.get(document.reference);
    return match === undefined ? document : fill(document, match);
  });
  const feedOnly = [...fromFeed.values()].filter((offer) => !documented.has(offer.reference));
  return [...merged, ...feedOnly];
}
