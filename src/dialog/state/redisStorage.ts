import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  CREATE_ONLY,
  StorageConflictError,
  type Storage,
  type StoreItem,
  type StoreItems,
} from './storage.ts';

/**
 * Compare-and-set in one Redis round trip: writes only if the stored eTag is
 * the one given (or none is given / `*`), then sets the expiry.
 * KEYS[1] key; ARGV: given eTag ('' for none), new eTag, JSON value, ttl ms, the create-only eTag.
 */
const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], 'eTag')
if ARGV[1] == ARGV[5] then
  if current then return 0 end
elseif ARGV[1] ~= '' and ARGV[1] ~= '*' and ARGV[1] ~= current then return 0 end
redis.call('HSET', KEYS[1], 'eTag', ARGV[2], 'value', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

export interface RedisStorageOptions {
  /** Prefix of every key, e.g. `avp:state:`. */
  prefix: string;
  /** Expiry of an item after its last write. */
  ttlMs: number;
}

/**
 * A botbuilder-compatible Storage on Redis, shared by several instances: eTags
 * checked atomically (Lua), expiry on every write.
 */
export class RedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStorageOptions,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const [eTag, value] = await this.redis.hmget(this.options.prefix + key, 'eTag', 'value');
      if (eTag != null && value != null) found[key] = { ...(JSON.parse(value) as StoreItem), eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const { eTag, ...value } = change;
      const written = await this.redis.eval(
        COMPARE_AND_SET,
        1,
        this.options.prefix + key,
        eTag ?? '',
        randomUUID(),
        JSON.stringify(value),
        String(this.options.ttlMs),
        CREATE_ONLY,
      );
      if (written !== 1) throw new StorageConflictError(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.options.prefix + k));
  }
}
