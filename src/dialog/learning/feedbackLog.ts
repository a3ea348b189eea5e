import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../time/clock.ts';
import { evictRarest } from './evictRarest.ts';
import { scrubPersonalData } from './scrub.ts';

/** What a user says of an answer: 👍 (`up`) or 👎 (`down`). */
export type Vote = 'up' | 'down';

/** The votes, as clients send them. */
export const VOTES: readonly Vote[] = ['up', 'down'];

/** An answer given, as the channel that gave it knows it. */
export interface AnsweredTurn {
  /** The conversation key (`web:<id>`, `rest:<id>`): only it may vote on the answer. */
  conversation: string;
  /** The user's question as read; only its scrubbed form is kept. */
  text: string;
  /** The intent of the answer given. */
  intent: string;
}

/** The votes on one question and intent, as the admin endpoint lists them. */
export interface FeedbackEntry {
  /** The question, scrubbed of personal data ({@link scrubPersonalData}). */
  text: string;
  intent: string;
  up: number;
  down: number;
  /** ISO instant of the last vote (from the injected clock). */
  lastVoted: string;
}

/** `recorded`: counted (or moved); `unchanged`: the answer already had this vote; `unknown`: no such answer for this conversation. */
export type VoteResult = 'recorded' | 'unchanged' | 'unknown';

export interface FeedbackLogOptions {
  clock: Clock;
  /** Answers remembered for a vote, the oldest forgotten first (10,000 by default). */
  maxAnswers?: number;
  /** How long an answer can be voted on (12 h by default: a conversation token's life). */
  answerTtlMs?: number;
  /** Distinct question and intent pairs counted (1,000 by default). */
  maxEntries?: number;
}

/** An answer waiting for, or holding, its one vote. */
interface Remembered {
  conversation: string;
  text: string;
  intent: string;
  at: number;
  vote: Vote | null;
}

const DEFAULT_ANSWER_TTL_MS = 12 * 60 * 60_000;

/**
 * 👍/👎 on answers, in memory and bounded. `remember` gives each answer an opaque id tied to
 * its conversation and keeps only its scrubbed question and intent; `vote` counts one vote per
 * answer (changeable), refusing an id of another conversation exactly like an unknown one.
 * Votes add up per scrubbed question and intent; when full, the least voted of the least
 * recently voted pairs makes room ({@link evictRarest}). Raw text is never stored.
 */
export class FeedbackLog {
  private readonly answered: LRUCache<string, Remembered>;
  private readonly entries = new Map<string, FeedbackEntry>();
  private readonly maxEntries: number;
  private readonly answerTtlMs: number;

  constructor(private readonly options: FeedbackLogOptions) {
    this.answered = new LRUCache({ max: options.maxAnswers ?? 10_000 });
    this.maxEntries = options.maxEntries ?? 1_000;
    this.answerTtlMs = options.answerTtlMs ?? DEFAULT_ANSWER_TTL_MS;
  }

  /** Remembers an answer for a vote; returns its id, or null when its question scrubs to nothing. */
  remember(turn: AnsweredTurn): string | null {
    const text = scrubPersonalData(turn.text);
    if (text === '') return null;
    const id = randomBytes(16).toString('base64url');
    this.answered.set(id, {
      conversation: turn.conversation,
      text,
      intent: turn.intent,
      at: this.options.clock.now().getTime(),
      vote: null,
    });
    return id;
  }

  /** Records `conversation`'s vote on its answer `answerId` (replacing its earlier vote). */
  vote(conversation: string, answerId: string, vote: Vote): VoteResult {
    const answer = this.answered.get(answerId);
    const now = this.options.clock.now();
    if (
      answer === undefined ||
      answer.conversation !== conversation ||
      now.getTime() - answer.at >= this.answerTtlMs
    )
      return 'unknown';
    if (answer.vote === vote) return 'unchanged';
    const key = `${answer.intent}\u0000${answer.text}`;
    const known = this.entries.get(key);
    if (known)
      this.entries.delete(key); // re-inserted last: the Map's order is recency
    else if (this.entries.size >= this.maxEntries) evictRarest(this.entries, (e) => e.up + e.down);
    const entry = known ?? { text: answer.text, intent: answer.intent, up: 0, down: 0 };
    if (answer.vote !== null) entry[answer.vote] = Math.max(0, entry[answer.vote] - 1);
    entry[vote] += 1;
    this.entries.set(key, { ...entry, lastVoted: now.toISOString() });
    answer.vote = vote;
    return 'recorded';
  }

  /** The `limit` most voted questions, most votes first (ties: most recently voted first). */
  top(limit: number): FeedbackEntry[] {
    return [...this.entries.values()]
      .sort((a, b) => b.up + b.down - (a.up + a.down) || b.lastVoted.localeCompare(a.lastVoted))
      .slice(0, Math.max(0, limit))
      .map((entry) => ({ ...entry }));
  }

  /** Distinct question and intent pairs counted. */
  get size(): number {
    return this.entries.size;
  }

  /** Answers remembered for a vote. */
  get answers(): number {
    return this.answered.size;
  }
}
