import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Offer } from './offer.ts';

/**
 * Offers keep their document body deflated. A body is the largest field by far (the whole text,
 * held by V8 as UTF-16 as soon as it has one `’` or `œ`, which real AVPs all have): 20,000 bodies
 * take ~53 MB of heap as strings and ~15 MB deflated, and a question reads one body at most
 * (inflating it takes ~0.06 ms). The deflated bytes are kept as a Latin-1 string (one byte per
 * byte, no ArrayBuffer per offer, written and read back by `v8.serialize` as plain data).
 *
 * `offer.body` stays a string for every reader: an enumerable getter, so spreading,
 * `JSON.stringify` and equality checks see the text. The getter is one shared function defined
 * before the other fields, so every packed offer shares V8's hidden class (a getter closure per
 * object cost ~1 KB each, measured).
 */
const DEFLATED = Symbol('deflated body');

type Fields = Omit<Offer, 'body'>;
type Packed = Offer & { readonly [DEFLATED]: string };

function inflatedBody(this: Packed): string {
  return inflateRawSync(Buffer.from(this[DEFLATED], 'latin1')).toString('utf8');
}

/** An offer whose `body` is inflated on demand from `deflated` (raw deflate bytes as Latin-1). */
export function withPackedBody(fields: Fields, deflated: string): Offer {
  const offer = {};
  Object.defineProperty(offer, 'body', { enumerable: true, get: inflatedBody });
  Object.defineProperty(offer, DEFLATED, { value: deflated });
  return Object.assign(offer, fields) as Offer;
}

/** The deflated body of a packed offer (Latin-1 string of raw deflate bytes); undefined for a plain one. */
export function packedBodyOf(offer: Offer): string | undefined {
  return (offer as Partial<Packed>)[DEFLATED];
}

/** Every field but the body, read without inflating it. */
export function fieldsOf(offer: Offer): Fields {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(offer)) if (key !== 'body') fields[key] = offer[key as keyof Offer];
  return fields as unknown as Fields;
}

/** The same offer with its body deflated (a packed offer is returned as is). */
export function packBody(offer: Offer): Offer {
  if (packedBodyOf(offer) !== undefined) return offer;
  return withPackedBody(
    fieldsOf(offer),
    deflateRawSync(Buffer.from(offer.body, 'utf8')).toString('latin1'),
  );
}

/** A copy with some fields changed, its body still packed (not inflated and deflated again). */
export function withChanges(offer: Offer, changes: Partial<Fields>): Offer {
  const deflated = packedBodyOf(offer);
  return deflated === undefined
    ? { ...offer, ...changes }
    : withPackedBody({ ...fieldsOf(offer), ...changes }, deflated);
}
