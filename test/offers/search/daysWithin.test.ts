import { describe, expect, it } from 'vitest';
import { EntryDays, dayNumber } from '../../../src/offers/search/days.ts';

/** `EntryDays.within`: the positions whose day lies in a window, by binary search. */
const days = new EntryDays([
  { publishedOn: '2026-05-08', deadline: '2026-05-29' }, // 0
  { publishedOn: '2026-05-15', deadline: '2026-06-05' }, // 1
  { publishedOn: null, deadline: '2026-06-12' }, // 2: no publication day
  { publishedOn: '2026-05-22', deadline: null }, // 3: no deadline
  { publishedOn: '2026-05-08', deadline: '2026-06-05' }, // 4
]);

const within = (field: 'publishedOn' | 'deadline', start: string | null, end: string | null) =>
  [
    ...days.within(
      field,
      start === null ? null : dayNumber(start),
      end === null ? null : dayNumber(end),
    ),
  ].sort();

describe('EntryDays.within', () => {
  it.each([
    ['publishedOn', '2026-05-08', '2026-05-08', [0, 4]],
    ['publishedOn', '2026-05-09', '2026-05-21', [1]],
    ['publishedOn', '2026-05-15', null, [1, 3]],
    ['publishedOn', null, '2026-05-14', [0, 4]],
    ['publishedOn', null, null, [0, 1, 3, 4]], // an entry without the day is never in a window
    ['deadline', '2026-06-05', '2026-06-05', [1, 4]],
    ['deadline', '2026-05-30', '2026-06-04', []],
    ['deadline', null, null, [0, 1, 2, 4]],
  ] as const)('%s from %s to %s', (field, start, end, expected) => {
    expect(within(field, start, end)).toEqual(expected);
  });

  it('reads each entry day, null when the document gives none', () => {
    expect(days.dayOf(2, 'publishedOn')).toBeNull();
    expect(days.dayOf(3, 'deadline')).toBeNull();
    expect(days.dayOf(1, 'deadline')).toBe(20260605);
  });
});
