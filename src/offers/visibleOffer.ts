import { hasInvisible, withoutInvisible } from '../text/invisible.ts';
import type { Offer } from './offer.ts';
import { MAX_LIST_ITEMS } from './offerSchema.ts';
import { packedBodyOf, withChanges } from './packedBody.ts';

/** The single-text fields a user may be shown. */
const TEXTS = [
  'title',
  'employer',
  'corps',
  'direction',
  'location',
  'deadlineNote',
  'startDate',
  'respncJob',
] as const;
/** The list fields a user may be shown. */
const LISTS = ['missions', 'requirements', 'warnings'] as const;

/**
 * Offers already made visible, so a catalog rebuilt on each change checks only the offers that
 * are new to it (offers are never changed once built). 20,000 offers hold ~11 MB of text:
 * ~50–80 ms to scan, ~1 ms to look up (`npx tsx bench/visibleOffer.ts`).
 */
const known = new WeakSet<Offer>();

/** The warning an offer carries when {@link visibleOffer} took something out (fields named as in the schema's issues). */
export function invisibleRemovedWarning(fields: readonly string[]): string {
  return `${fields.join(', ')} : caractères invisibles retirés (contrôles bidirectionnels, espaces sans chasse…)`;
}

/**
 * The offer as it may be shown: every text field without the invisible format and control
 * characters of `withoutInvisible` (a right-to-left override in a title, zero-width spaces in
 * a mission), and a warning naming the fields cleaned. The same object when there was nothing
 * to clean, which is the rule: the check is one regex test per text. A packed body is not
 * inflated: it was cleaned before it was packed (`parseBytes`, the only packer).
 */
export function visibleOffer(offer: Offer): Offer {
  if (known.has(offer)) return offer;
  const visible = cleaned(offer);
  known.add(visible);
  return visible;
}

function cleaned(offer: Offer): Offer {
  const changes: Partial<Omit<Offer, 'body'>> = {};
  const fields: string[] = [];
  for (const field of TEXTS) {
    const value = offer[field];
    if (value !== null && hasInvisible(value)) {
      changes[field] = withoutInvisible(value);
      fields.push(field);
    }
  }
  if (offer.residence !== null && hasInvisible(offer.residence.text)) {
    changes.residence = { ...offer.residence, text: withoutInvisible(offer.residence.text) };
    fields.push('residence');
  }
  for (const field of LISTS) {
    if (offer[field].some(hasInvisible)) {
      changes[field] = offer[field].map(withoutInvisible);
      fields.push(field);
    }
  }
  const plainBody = packedBodyOf(offer) === undefined ? offer.body : null;
  const body = plainBody !== null && hasInvisible(plainBody) ? withoutInvisible(plainBody) : null;
  if (body !== null) fields.push('body');
  if (fields.length === 0) return offer;
  const warnings = changes.warnings ?? offer.warnings;
  if (warnings.length < MAX_LIST_ITEMS)
    changes.warnings = [...warnings, invisibleRemovedWarning(fields)];
  const visible = withChanges(offer, changes);
  return body === null ? visible : { ...visible, body };
}
