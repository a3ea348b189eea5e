import { describe, expect, it } from 'vitest';
import { fixedClock, parseClockSetting } from '../../src/time/clock.ts';
import {
  addDays,
  formatLongDate,
  formatShortDate,
  isIsoDay,
  todayInNoumea,
} from '../../src/time/noumea.ts';

describe('Nouméa days', () => {
  it.each([
    ['2025-06-05T12:59:59Z', '2025-06-05'],
    ['2025-06-05T13:00:00Z', '2025-06-06'], // midnight in Nouméa is 13:00 UTC the day before
    ['2025-06-04T13:00:00Z', '2025-06-05'],
  ])('the instant %s is the Nouméa day %s', (instant, day) => {
    expect(todayInNoumea(new Date(instant))).toBe(day);
  });

  it('keeps the day of the last minute asked, and changes it at midnight to the millisecond', () => {
    const seq: Array<[string, string]> = [
      ['2025-06-05T12:59:00.000Z', '2025-06-05'],
      ['2025-06-05T12:59:59.999Z', '2025-06-05'], // same minute: remembered
      ['2025-06-05T13:00:00.000Z', '2025-06-06'],
      ['2025-06-05T12:59:30.000Z', '2025-06-05'], // back in time
    ];
    for (const [instant, day] of seq) expect(todayInNoumea(new Date(instant))).toBe(day);
  });

  it('a pinned clock stands at noon in Nouméa on its day', () => {
    expect(todayInNoumea(fixedClock('2025-06-05').now())).toBe('2025-06-05');
    expect(fixedClock('2025-06-05').now().toISOString()).toBe('2025-06-05T01:00:00.000Z');
  });

  it('refuses a clock setting that is not a date', () => {
    expect(() => parseClockSetting('demain')).toThrow(/date invalide/);
  });

  it.each([
    ['2025-08-08', 'vendredi 8 août 2025', '08/08/2025'],
    ['2025-01-01', 'mercredi 1 janvier 2025', '01/01/2025'],
  ])('%s reads « %s » and %s', (day, long, short) => {
    expect(formatLongDate(day)).toBe(long);
    expect(formatShortDate(day)).toBe(short);
  });

  it('adds days across months and checks ISO days', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-05-32')).toBe(false);
  });
});
