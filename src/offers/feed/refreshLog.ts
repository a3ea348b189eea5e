import { createHash } from 'node:crypto';
import type { FeedRefreshReport } from './sync.ts';
import type { FeedProblem } from './types.ts';

/** Problems shown in full in a summary line; the others are only counted. */
export const LOG_EXAMPLES = 3;
/**
 * Kinds of reason counted by name in a log line; the rest are summed under `autres`. Reasons
 * may name what the feed's writer chose (column names): one kind per record, unbounded.
 */
export const LOG_KINDS = 20;
/** Longest reason kept in a log line (a CSV error may quote a whole cell). */
export const LOG_REASON_CHARS = 300;

/** One log line: pino level, message, fields. */
export interface RefreshLogLine {
  level: 'debug' | 'info' | 'warn';
  msg: string;
  fields: Record<string, unknown>;
}

const LEADING = '([';
const TRAILING = ')],.;:!?';

/** A word with a digit, its surrounding brackets and punctuation kept: `52)` → `#)`. */
function maskWord(word: string): string {
  if (!/\d/.test(word)) return word;
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.includes(word.charAt(start))) start += 1;
  while (end > start && TRAILING.includes(word.charAt(end - 1))) end -= 1;
  return `${word.slice(0, start)}#${word.slice(end)}`;
}

/**
 * A problem's reason without what varies from one record to the next, to count problems by
 * kind: quoted values become `«…»`, words with a digit (rows, references, ids, counts) `#`.
 * Linear in the reason's length.
 *
 * @example
 * reasonKind('ligne 3 : 8 champs au lieu de 7, ignorée') // 'ligne # : # champs au lieu de #, ignorée'
 */
export function reasonKind(reason: string): string {
  return reason
    .replace(/«[^«»]*»/g, '«…»')
    .split(' ')
    .map(maskWord)
    .join(' ')
    .slice(0, LOG_REASON_CHARS);
}

/** Counts by kind of reason, the {@link LOG_KINDS} most frequent first, then `autres`. */
function countByKind(problems: readonly FeedProblem[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { reason } of problems) {
    const kind = reasonKind(reason);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const others = sorted.slice(LOG_KINDS).reduce((sum, [, n]) => sum + n, 0);
  const top = Object.fromEntries(sorted.slice(0, LOG_KINDS));
  return others > 0 ? { ...top, autres: others } : top;
}

const MESSAGES: Record<FeedRefreshReport['outcome'], string> = {
  merged: 'flux open data fusionné',
  unchanged: 'flux open data inchangé',
  refused: 'flux open data refusé : dernier flux conservé',
};

/**
 * Makes the function that turns each refresh of a feed into ONE log line: its outcome, offer
 * and problem counts, problems counted by kind of reason with the first {@link LOG_EXAMPLES}
 * in full. A refresh whose problems are those of the refresh before (same outcome family) gets
 * a short line, without the counts by kind nor the examples, at debug level unless refused.
 */
export function createRefreshLog(): (report: FeedRefreshReport) => RefreshLogLine {
  let previous: string | null = null;
  return ({ outcome, offers, problems }) => {
    const key = createHash('sha256')
      .update(JSON.stringify([outcome === 'refused', problems]))
      .digest('hex');
    const repeated = problems.length > 0 && key === previous;
    previous = key;
    const level = outcome === 'refused' ? 'warn' : outcome === 'merged' ? 'info' : 'debug';
    const fields: Record<string, unknown> = { offers, problems: problems.length };
    if (repeated) return { level, msg: `${MESSAGES[outcome]} (mêmes problèmes)`, fields };
    if (problems.length > 0) {
      fields.byReason = countByKind(problems);
      fields.examples = problems.slice(0, LOG_EXAMPLES).map((problem) => ({
        ...problem,
        reason: problem.reason.slice(0, LOG_REASON_CHARS),
      }));
    }
    return {
      level: level === 'debug' && problems.length > 0 ? 'warn' : level,
      msg: MESSAGES[outcome],
      fields,
    };
  };
}
