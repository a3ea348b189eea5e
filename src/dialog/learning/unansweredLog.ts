import type { Clock } from '../../time/clock.ts';
import { evictRarest } from './evictRarest.ts';
import { scrubPersonalData } from './scrub.ts';

/** Turns the classifier was this unsure of are kept for review, even when answered (fallback is below 0.4). */
export const LOW_CONFIDENCE = 0.6;

/** One question the bot did not understand well, as the admin endpoint lists it. */
export interface UnansweredEntry {
  /** The question, scrubbed of personal data ({@link scrubPersonalData}). */
  text: string;
  count: number;
  /** The intent of the last answer given to it (`fallback` when none fitted). */
  intent: string;
  /** ISO instant it was last asked (from the injected clock). */
  lastSeen: string;
}

/** What the log needs to know of a turn (a subset of the assistant's turn event). */
export interface LearnableTurn {
  text: string;
  intent: string;
  confidence: number;
  fallback: boolean;
}

export interface UnansweredLogOptions {
  clock: Clock;
  /** Distinct questions kept (1,000 by default). */
  maxEntries?: number;
  /** Confidence under which an answered turn is still kept ({@link LOW_CONFIDENCE} by default). */
  lowConfidence?: number;
}

/**
 * Counts fallbacks and low-confidence questions per scrubbed text, in memory and
 * bounded: when full, the rarest of the least recently asked questions makes room
 * ({@link evictRarest}), so frequent questions stay and one-offs rotate.
 * Raw text is never stored.
 */
export class UnansweredLog {
  private readonly entries = new Map<string, UnansweredEntry>();
  private readonly maxEntries: number;
  private readonly lowConfidence: number;

  constructor(private readonly options: UnansweredLogOptions) {
    this.maxEntries = options.maxEntries ?? 1_000;
    this.lowConfidence = options.lowConfidence ?? LOW_CONFIDENCE;
  }

  /** Whether a turn is worth keeping: a fallback, or an answer given with low confidence. */
  wants(turn: LearnableTurn): boolean {
    return turn.fallback || turn.confidence < this.lowConfidence;
  }

  /** Records the turn if {@link wants} it; returns the scrubbed text kept, or null. */
  record(turn: LearnableTurn): string | null {
    if (!this.wants(turn)) return null;
    const text = scrubPersonalData(turn.text);
    if (text === '') return null;
    const lastSeen = this.options.clock.now().toISOString();
    const known = this.entries.get(text);
    if (known)
      this.entries.delete(text); // re-inserted last: the Map's order is recency
    else if (this.entries.size >= this.maxEntries) evictRarest(this.entries, (e) => e.count);
    this.entries.set(text, { text, count: (known?.count ?? 0) + 1, intent: turn.intent, lastSeen });
    return text;
  }

  /** The `limit` most frequent questions, most frequent first (ties: most recent first). */
  top(limit: number): UnansweredEntry[] {
    return [...this.entries.values()]
      .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
      .slice(0, Math.max(0, limit))
      .map((entry) => ({ ...entry }));
  }

  /** Distinct questions kept. */
  get size(): number {
    return this.entries.size;
  }
}
