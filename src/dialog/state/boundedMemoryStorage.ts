import type { Clock } from '../../time/clock.ts';
import {
  eTagAllows,
  StorageConflictError,
  type Storage,
  type StoreItem,
  type StoreItems,
} from './storage.ts';

export interface BoundedMemoryOptions {
  /** Forget an item untouched for this long. */
  ttlMs: number;
  /** Keep at most this many items; the least recently used goes first. */
  maxItems: number;
  clock: Clock;
}

/**
 * The embedded storage: in memory, bounded in count (least recently used
 * evicted) and in time (idle items expire), with eTags like botbuilder's
 * MemoryStorage, so memory stays flat however many people chat.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, { json: string; eTag: string; touchedAt: number }>();
  private nextTag = 1;

  constructor(private readonly options: BoundedMemoryOptions) {}

  get size(): number {
    return this.items.size;
  }

  private live(key: string, now: number) {
    const item = this.items.get(key);
    if (item === undefined) return undefined;
    if (now - item.touchedAt > this.options.ttlMs) {
      this.items.delete(key);
      return undefined;
    }
    return item;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const now = this.options.clock.now().getTime();
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.live(key, now);
      if (item !== undefined)
        found[key] = { ...(JSON.parse(item.json) as StoreItem), eTag: item.eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.options.clock.now().getTime();
    for (const [key, change] of Object.entries(changes)) {
      if (!eTagAllows(change.eTag, this.live(key, now)?.eTag)) throw new StorageConflictError(key);
    }
    for (const [key, change] of Object.entries(changes)) {
      const { eTag: _ignored, ...value } = change;
      this.items.delete(key);
      this.items.set(key, {
        json: JSON.stringify(value),
        eTag: String(this.nextTag++),
        touchedAt: now,
      });
    }
    while (this.items.size > this.options.maxItems) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}
