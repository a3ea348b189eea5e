import { LRUCache } from 'lru-cache';
import { CREATE_ONLY, StorageConflictError, type Storage } from '../../dialog/state/storage.ts';
import type { Clock } from '../../time/clock.ts';
import type { MessagingLogger } from './types.ts';

/** Remembers the webhook events already accepted, so a replay or a retry is not answered twice. */
export interface ReplayGuard {
  /** True the first time `key` (e.g. `slack:event:Ev123`) is seen within the window; false after. */
  firstSeen(key: string): Promise<boolean>;
}

/** How long, and how many, accepted events are remembered. */
export interface ReplayWindow {
  ttlMs: number;
  maxEntries: number;
}

/**
 * The default window: a day (Slack retries within 6 minutes and refuses timestamps older than 5;
 * Webex bodies carry no timestamp at all, so only this window stops their replays) and
 * 10,000 events (2.6 MB of heap with Webex-length ids), whichever ends first.
 */
export const REPLAY_WINDOW: ReplayWindow = { ttlMs: 24 * 60 * 60_000, maxEntries: 10_000 };

/**
 * The window of this process: an LRU bounded in count and in age, aged by
 * `wallClock` (never the bot's pinned business clock).
 */
export function memoryReplayGuard(window: ReplayWindow, wallClock: Clock): ReplayGuard {
  const seen = new LRUCache<string, true>({
    max: window.maxEntries,
    ttl: window.ttlMs,
    ttlResolution: 0,
    perf: { now: () => wallClock.now().getTime() },
  });
  return {
    async firstSeen(key) {
      if (seen.has(key)) return false;
      seen.set(key, true);
      return true;
    },
  };
}

/**
 * A window shared by several instances through the conversation storage
 * (Redis): a create-only write claims the event, and the storage's expiry
 * ends the claim. `local` answers first; when the storage fails, the event is
 * answered (a warning is logged) rather than lost.
 */
export function sharedReplayGuard(
  storage: Storage,
  local: ReplayGuard,
  logger: MessagingLogger,
): ReplayGuard {
  return {
    async firstSeen(key) {
      if (!(await local.firstSeen(key))) return false;
      try {
        await storage.write({ [`webhook:${key}`]: { eTag: CREATE_ONLY } });
        return true;
      } catch (err) {
        if (err instanceof StorageConflictError) return false;
        logger.warn({ err, key }, 'webhook: shared replay window unavailable');
        return true;
      }
    },
  };
}
