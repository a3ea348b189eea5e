import { createHash } from 'node:crypto';
import type { Offer } from '../offer.ts';

/**
 * A hash of a feed's offers, so a reload that changes nothing (or only metadata) calls nobody.
 * Computed in the feed's parse thread (`feedParseWorker.ts`): serializing and hashing 28,000
 * offers takes ~320 ms, too long for the event loop at every refresh.
 */
export function offersHash(offers: readonly Offer[]): string {
  return createHash('sha256').update(JSON.stringify(offers)).digest('hex');
}
