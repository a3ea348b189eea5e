import { fieldSpec, OFFER_FIELD_KEYS, type OfferFieldKey } from '../fields/offerFields.ts';
import { MAX_LIST_ITEMS } from '../fields/schemas.ts';
import type { Offer } from '../offer.ts';
import { packedBodyOf, withChanges } from '../packedBody.ts';
import { COMPARISONS } from './compareFacts.ts';

/** What the merge says when the official document and the record's columns disagree (French). */
export const mergeWarningMessages = {
  disagree: (name: string, document: string, columns: string) =>
    `${name.charAt(0).toUpperCase()}${name.slice(1)} : le document officiel dit « ${document} », les colonnes open data « ${columns} » ; le document fait foi.`,
} as const;

/** True when a side leaves the field unstated: null, an empty list or an empty text. */
function lacks(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** True when the offer states the field; a packed body (never empty) is not inflated to tell. */
function has(offer: Offer, key: OfferFieldKey): boolean {
  return (key === 'body' && packedBodyOf(offer) !== undefined) || !lacks(offer[key]);
}

/** The facts whose disagreement is warned about (the table's `compared`), in table order. */
const COMPARED = OFFER_FIELD_KEYS.flatMap((key) => {
  const compared = fieldSpec(key).compared;
  return compared === undefined ? [] : [{ key, ...compared }];
});

/** The warnings of a disagreement on each compared fact both sides state. */
function disagreements(columns: Offer, document: Offer): string[] {
  return COMPARED.flatMap(({ key, name, as }) => {
    const [ours, theirs] = [document[key], columns[key]];
    const comparison = COMPARISONS[as];
    return lacks(ours) || lacks(theirs) || comparison.same(ours, theirs)
      ? []
      : [mergeWarningMessages.disagree(name, comparison.text(ours), comparison.text(theirs))];
  });
}

/**
 * One offer of a feed record (`columns`, from `feedRecordToOffer`) and the offer read from its
 * official PDF (`document`), by the table's merge rule of each field: `fill`: the PDF's value,
 * the columns' where the PDF is silent; `key` and `record` (reference, official URL): the
 * columns'; `document` (source, quotes, `documentRead`): the PDF's; `union` (warnings): both,
 * once each, then one warning per fact of the table's `compared` (deadline, publication day,
 * communes, residence, title, reference) both state differently, naming both values. Pure: the
 * inputs are not modified; a packed body stays packed.
 *
 * @returns the merged offer (its `warnings` hold the disagreements too) and the disagreements.
 */
export function mergeWithDocument(
  columns: Offer,
  document: Offer,
): { offer: Offer; warnings: string[] } {
  const changes: Record<string, unknown> = {};
  for (const key of OFFER_FIELD_KEYS) {
    const rule = fieldSpec(key).merge;
    if (rule === 'key' || rule === 'record') changes[key] = columns[key];
    else if (rule === 'fill' && !has(document, key) && has(columns, key))
      changes[key] = columns[key];
  }
  const warnings = disagreements(columns, document);
  const all = [...document.warnings];
  for (const warning of [...columns.warnings, ...warnings])
    if (!all.includes(warning)) all.push(warning);
  changes.warnings = all.slice(0, MAX_LIST_ITEMS);
  // A body filled from the columns is theirs as it is; otherwise the PDF's stays packed.
  const { body, ...fields } = changes;
  const merged = withChanges(document, fields as Partial<Offer>);
  return { offer: body === undefined ? merged : { ...merged, body: body as string }, warnings };
}
