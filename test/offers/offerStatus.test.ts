import { describe, expect, it } from 'vitest';
import { offerStatus } from '../../src/offers/offer.ts';

const OFFER = { publishedOn: '2025-06-06', deadline: '2025-06-27' };

describe('offerStatus: open from publication to deadline, both days included (Nouméa days)', () => {
  it.each([
    ['2025-06-05', 'upcoming'],
    ['2025-06-06', 'open'],
    ['2025-06-15', 'open'],
    ['2025-06-27', 'open'],
    ['2025-06-28', 'closed'],
  ] as const)('on %s the offer is %s', (today, status) => {
    expect(offerStatus(OFFER, today)).toBe(status);
  });

  it('an offer without a deadline stays open once published', () => {
    expect(offerStatus({ publishedOn: '2025-06-06', deadline: null }, '2030-01-01')).toBe('open');
  });
});
