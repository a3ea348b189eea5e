import { describe, expect, it } from 'vitest';
import {
  MAX_WARNINGS_SHOWN,
  publicStatus,
  statusDetails,
  type CatalogStatus,
} from '../../src/offers/catalogStatus.ts';

/** The offers served with warnings (a record against its PDF...) in the admin status details. */
const base: CatalogStatus = {
  offers: 3,
  problems: [],
  loadedAt: '2026-05-20T00:00:00.000Z',
  lastReloadAt: null,
  reloads: 0,
  reloadErrors: 0,
};

describe('offer warnings in /api/status details', () => {
  it.each([
    ['none', [], 0, 0],
    ['one offer', [{ reference: '3134-26-0674/SR', warnings: ['Date limite : …'] }], 1, 1],
    [
      '150 offers: 100 shown',
      Array.from({ length: 150 }, (_, i) => ({ reference: `r${i}`, warnings: ['w'] })),
      150,
      100,
    ],
  ])('%s', (_name, offerWarnings, total, shown) => {
    const details = statusDetails({ ...base, offerWarnings });
    expect(details.offerWarnings.total).toBe(total);
    expect(details.offerWarnings.shown).toBe(shown);
  });

  it('caps the warnings of one offer and never shows them in public', () => {
    const warnings = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const status = { ...base, offerWarnings: [{ reference: 'r', warnings }] };
    expect(statusDetails(status).offerWarnings.offers[0]?.warnings).toHaveLength(
      MAX_WARNINGS_SHOWN,
    );
    expect(JSON.stringify(publicStatus(status))).not.toContain('w0');
  });
});
