import { describe, expect, it } from 'vitest';
import type { FeedProblem } from '../../../src/offers/feed/index.ts';
import { LOG_KINDS, createRefreshLog } from '../../../src/offers/feed/refreshLog.ts';

/** A column name made of letters only (the feed writer's choice): one kind of reason per name. */
const column = (i: number) =>
  `col${[...i.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join('')}`;

/** `kinds` kinds of reason, kind i seen max(1, 25 − i) times: the first 20 ahead of all others. */
function problems(kinds: number): FeedProblem[] {
  return Array.from({ length: kinds }, (_, i) =>
    Array.from({ length: Math.max(1, 25 - i) }, () => ({
      path: 'feed:portail',
      reason: `champ inconnu ${column(i)} ignoré`,
    })),
  ).flat();
}

describe('refresh log: counts by reason keep the most frequent kinds', () => {
  it.each([
    ['one kind', 1, 1, 0],
    ['as many kinds as kept', 20, 20, 0],
    ['one kind more than kept', 21, 20, 5],
    ['5,000 kinds (one per column name)', 5000, 20, 5 + 4 + 3 + 2 + 4976],
  ])('%s', (_name, kinds, kept, others) => {
    const all = problems(kinds);
    const line = createRefreshLog()({ outcome: 'merged', offers: 1, problems: all });
    const byReason = line.fields.byReason as Record<string, number>;
    const named = Object.entries(byReason).filter(([kind]) => kind !== 'autres');
    expect(named).toHaveLength(kept);
    expect(named[0]).toEqual([`champ inconnu ${column(0)} ignoré`, 25]);
    expect(byReason.autres ?? 0).toBe(others);
    expect(named.reduce((sum, [, n]) => sum + n, 0) + (byReason.autres ?? 0)).toBe(all.length);
    expect(LOG_KINDS).toBe(20);
  });
});
