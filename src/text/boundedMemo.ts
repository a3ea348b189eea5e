import { LRUCache } from 'lru-cache';

/**
 * Longest word stemmed, memoised or matched with typos. French words stay under 30 letters
 * ("anticonstitutionnellement" has 25, "intergouvernementalisations" 27; the longest in the
 * offers and intents has 20); compounds are cut at their hyphens before ("Vallée-des-Colons" is
 * three words). A longer "word" is noise (a pasted hash, a key held down): it is kept as written,
 * so it matches only itself, exactly, and no memo ever holds it.
 */
export const MAX_WORD_LENGTH = 30;

/** A memo's size and bounds, for tests and benchmarks (read-only). */
export interface MemoStats {
  entries: number;
  /** Estimated bytes held: keys, values and the memo's own bookkeeping per entry. */
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

/** Per-entry bookkeeping of the memo (index map slot, key and value slots, LRU links), estimated. */
export const ENTRY_OVERHEAD_BYTES = 64;

/** Estimated heap bytes of a flat string: a header and two bytes per UTF-16 unit (worst case). */
export function stringBytes(text: string): number {
  return 16 + 2 * text.length;
}

/**
 * A copy of `text` that owns its characters: V8 keeps a substring (from `slice`, `split`...) as
 * a view of its parent, so memoising a 20-letter word cut from a 5 KB message would keep the
 * message alive. Only called on insertion.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

export interface BoundedMemoOptions<V> {
  maxEntries: number;
  maxBytes: number;
  /** Longer keys are computed each time and never kept. */
  maxKeyLength: number;
  /** Estimated bytes of a value (its key and the entry's bookkeeping are added). */
  valueBytes: (value: V) => number;
}

/**
 * Remembers what a pure computation gave per key (a word, a message), bounded in entries and in
 * estimated bytes: the least recently used entries are forgotten first, keys longer than
 * `maxKeyLength` are never kept, and kept keys are {@link detached} from the text they were cut from.
 */
export class BoundedMemo<V> {
  private readonly cache: LRUCache<string, { value: V }>;

  constructor(private readonly options: BoundedMemoOptions<V>) {
    this.cache = new LRUCache({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      sizeCalculation: (box, key) =>
        ENTRY_OVERHEAD_BYTES + stringBytes(key) + options.valueBytes(box.value),
    });
  }

  /** The value for `key`, computed by `compute` the first time (and again once forgotten). */
  get(key: string, compute: (key: string) => V): V {
    if (key.length > this.options.maxKeyLength) return compute(key);
    const known = this.cache.get(key);
    if (known !== undefined) return known.value;
    const own = detached(key);
    const value = compute(own);
    this.cache.set(own, { value });
    return value;
  }

  stats(): MemoStats {
    return {
      entries: this.cache.size,
      bytes: this.cache.calculatedSize,
      maxEntries: this.options.maxEntries,
      maxBytes: this.options.maxBytes,
    };
  }
}
