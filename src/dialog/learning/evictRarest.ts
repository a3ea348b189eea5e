/** How many of the least recently touched entries are looked at to choose the one evicted. */
export const EVICTION_WINDOW = 32;

/**
 * Deletes from `entries` (a Map whose insertion order is recency: touched entries are
 * re-inserted last) the entry of least `weight` among the {@link EVICTION_WINDOW} least
 * recent, so frequent entries stay and one-offs rotate, in constant time.
 */
export function evictRarest<K, V>(entries: Map<K, V>, weight: (value: V) => number): void {
  let victim: K | undefined;
  let least = Infinity;
  let looked = 0;
  for (const [key, value] of entries) {
    const w = weight(value);
    if (w < least) {
      victim = key;
      least = w;
    }
    if (++looked >= EVICTION_WINDOW) break;
  }
  if (victim !== undefined) entries.delete(victim);
}
