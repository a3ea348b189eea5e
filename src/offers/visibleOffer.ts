import { hasInvisible, withoutInvisible, withoutInvisibleDeep } from '../text/invisible.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from './fields/offerFields.ts';
import type { Offer } from './offer.ts';
import { MAX_LIST_ITEMS } from './offerSchema.ts';
import { packedBodyOf, withChanges } from './packedBody.ts';

/** The fields cleaned before they are shown: the table's `texts.clean` (the body apart, see below). */
const CLEANED = OFFER_FIELD_KEYS.filter(
  (key) => key !== 'body' && fieldSpec(key).texts?.clean === true,
);

/** True when a text anywhere in the value holds an invisible character. */
function holdsInvisible(value: unknown): boolean {
  if (typeof value === 'string') return hasInvisible(value);
  if (Array.isArray(value)) return value.some(holdsInvisible);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsInvisible);
  return false;
}

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
  for (const field of CLEANED) {
    const value = offer[field];
    if (holdsInvisible(value)) {
      Object.assign(changes, { [field]: withoutInvisibleDeep(value) });
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
