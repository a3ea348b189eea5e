import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE, UnansweredLog } from '../../../src/dialog/learning/unansweredLog.ts';
import type { Clock } from '../../../src/time/clock.ts';

/** A clock the test moves by hand. */
function manualClock(
  start = Date.parse('2025-06-05T01:00:00Z'),
): Clock & { tick(ms?: number): void } {
  let now = start;
  return { now: () => new Date(now), tick: (ms = 1000) => void (now += ms) };
}

const fallback = (text: string) => ({ text, intent: 'fallback', confidence: 0.1, fallback: true });

describe('UnansweredLog', () => {
  it('keeps fallbacks and low-confidence answers, not confident ones', () => {
    const log = new UnansweredLog({ clock: manualClock() });
    expect(log.record(fallback('xqzw'))).toBe('xqzw');
    expect(
      log.record({
        text: 'peut-être un poste',
        intent: 'offers.list',
        confidence: LOW_CONFIDENCE - 0.01,
        fallback: false,
      }),
    ).not.toBeNull();
    expect(
      log.record({
        text: 'quels postes à Nouméa',
        intent: 'offers.list',
        confidence: 0.9,
        fallback: false,
      }),
    ).toBeNull();
    expect(log.size).toBe(2);
  });

  it('counts per scrubbed text, most frequent first, with the last intent and time', () => {
    const clock = manualClock();
    const log = new UnansweredLog({ clock });
    log.record(fallback('Zorglub ?'));
    clock.tick();
    log.record(fallback('zorglub ?'));
    log.record(fallback('Je suis M. Dupont, 26 77 98'));
    clock.tick();
    log.record(fallback('je suis Mme Gope, 79.12.34'));
    log.record({ text: 'ZORGLUB ?', intent: 'smalltalk', confidence: 0.3, fallback: false });
    expect(log.top(10)).toEqual([
      { text: 'zorglub ?', count: 3, intent: 'smalltalk', lastSeen: '2025-06-05T01:00:02.000Z' },
      {
        text: 'je suis <nom>, <tel>',
        count: 2,
        intent: 'fallback',
        lastSeen: '2025-06-05T01:00:02.000Z',
      },
    ]);
    expect(log.top(1)).toHaveLength(1);
  });

  it('never stores an empty text', () => {
    const log = new UnansweredLog({ clock: manualClock() });
    expect(log.record(fallback('   '))).toBeNull();
    expect(log.size).toBe(0);
  });

  it('stays bounded, evicting a rare question that was not asked lately', () => {
    const log = new UnansweredLog({ clock: manualClock(), maxEntries: 50 });
    for (let i = 0; i < 5; i += 1) log.record(fallback('question frequente'));
    for (let i = 0; i < 500; i += 1)
      log.record(fallback(`question rare ${'x'.repeat(i % 97)} ${i}`));
    expect(log.size).toBe(50);
    expect(log.top(1)[0]).toMatchObject({ text: 'question frequente', count: 5 });
  });
});
