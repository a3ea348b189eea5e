/**
 * Remembers what a pure per-word computation gave (fuzzy lookups in a frozen index): questions
 * repeat the same few thousand words, and a radix-tree fuzzy search costs far more than a map
 * lookup. Bounded: past `max` words the oldest is forgotten first. One memo per index, so a
 * reloaded catalog starts afresh.
 */
export class WordMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max = 20_000) {}

  /** The value for `word`, computed by `compute` the first time. */
  get(word: string, compute: (word: string) => V): V {
    const known = this.values.get(word);
    if (known !== undefined || this.values.has(word)) return known as V;
    const value = compute(word);
    if (this.values.size >= this.max) this.values.delete(this.values.keys().next().value as string);
    this.values.set(word, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
