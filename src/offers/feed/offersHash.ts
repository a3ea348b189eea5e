import { createHash } from 'node:crypto';
import type { Offer } from '../offer.ts';

/**
 * A hash of a feed's offers (and of the documents they name), so a reload that changes nothing (or only metadata) calls nobody.
 * Computed in the feed's parse thread (`feedParseWorker.ts`): serializing and hashing 28,000
 * offers takes ~320 ms, too long for the event loop at every refresh.
 */
export function offersHash(offers: readonly Offer[], documents: readonly unknown[] = []): string {
  const hash = createHash('sha256').update(JSON.stringify(offers));
  // The documents the offers name: a record whose PDF changed (new version) is a change too.
  if (documents.length > 0) hash.update(JSON.stringify(documents));
  return hash.digest('hex');
}
