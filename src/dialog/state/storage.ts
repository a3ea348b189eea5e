/**
 * The key-value storage interface of botbuilder (`read`/`write`/`delete` with
 * eTags), restated here so the core does not import botbuilder: botbuilder's
 * own storages fit it, and ours fit botbuilder.
 */
export interface StoreItem {
  [key: string]: unknown;
  /** Concurrency token: a write carrying an eTag fails if the item changed since. `*` writes anyway. */
  eTag?: string;
}

export type StoreItems = Record<string, StoreItem>;

export interface Storage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Thrown by `write` when an item changed since it was read (optimistic concurrency). */
export class StorageConflictError extends Error {
  constructor(readonly key: string) {
    super(`conflit d'écriture sur ${key}`);
    this.name = 'StorageConflictError';
  }
}

/**
 * Our one extension of botbuilder's eTag rules: a write carrying this eTag only
 * creates, so two racing first turns of a conversation cannot both succeed.
 * (botbuilder's own storages treat it as a new item's write, which they allow.)
 */
export const CREATE_ONLY = 'create-only';

/** True when a write with `given` eTag may replace an item whose eTag is `current`. */
export function eTagAllows(given: string | undefined, current: string | undefined): boolean {
  if (given === CREATE_ONLY) return current === undefined;
  return given === undefined || given === '*' || given === current;
}
