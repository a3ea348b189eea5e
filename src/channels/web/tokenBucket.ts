/**
 * Token buckets by key (a conversation, a client address): each holds up to
 * `perMinute` tokens and refills continuously at `perMinute` per minute, so a
 * burst of `perMinute` is allowed, then one message every `60 / perMinute` s.
 * Full buckets are forgotten, so memory follows the active keys only.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `key`; false (nothing taken) when its bucket is empty. */
  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens =
      bucket === undefined
        ? this.perMinute
        : Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    if (tokens < 1) {
      if (bucket) this.buckets.set(key, { tokens, at: now });
      return false;
    }
    if (bucket === undefined && this.buckets.size >= this.maxKeys) this.prune(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }

  /** Drops the buckets that have refilled (they behave exactly like absent ones). */
  prune(now = this.now()): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Open connections per key (client address), with a cap. */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more connection for `key`; false (not counted) at the cap. */
  acquire(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  release(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }
}
