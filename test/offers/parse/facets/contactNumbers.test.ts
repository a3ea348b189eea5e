import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../../src/offers/parse/facets/emailAddresses.ts';
import { findPhones } from '../../../../src/offers/parse/facets/phoneNumbers.ts';

const values = (found: Array<{ value: string }>) => found.map((f) => f.value);

describe('findPhones', () => {
  it.each([
    ['Tél : 26 77 98 ;', ['26 77 98']],
    ['Tel : 26.79.38', ['26.79.38']],
    ['Tel : (+687) 267770 ou Mob : (+687) 778131', ['(+687) 267770', '(+687) 778131']],
    ['Fixe : +687 41.34.01 / Mobile : +687 746.946', ['+687 41.34.01', '+687 746.946']],
    ['00687 27-12-34', ['00687 27-12-34']],
    ['98841 NOUMEA Cedex', []],
    ['Référence : 3134-26-0747/SR', []],
    ['vendredi 15 mai 2026', []],
    ['1234567', []],
    ['26 77 98 12', []],
  ])('%j', (text, expected) => {
    expect(values(findPhones(text))).toEqual(expected);
  });

  it('is linear on 500 KB of digits and separators', () => {
    for (const run of ['1'.repeat(500_000), '1 '.repeat(250_000), '+687 '.repeat(100_000)]) {
      const start = performance.now();
      findPhones(run);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('findEmails', () => {
  it.each([
    ['Mail : DRH-candidature@opt.nc', ['DRH-candidature@opt.nc']],
    ['[drh@opt.nc](mailto:drh@opt.nc)', ['drh@opt.nc', 'drh@opt.nc']],
    ['écrire à marie.wamytan@province-sud.nc.', ['marie.wamytan@province-sud.nc']],
    ['a@b', []],
    ['@opt.nc', []],
    ['nom@@opt.nc', []],
    ['x@opt.n', []],
    [`${'a'.repeat(65)}@opt.nc`, []],
  ])('%j', (text, expected) => {
    expect(values(findEmails(text))).toEqual(expected);
  });

  it('is linear on 500 KB of address characters', () => {
    const runs = [
      'a'.repeat(500_000),
      'a@'.repeat(250_000),
      `${'a.'.repeat(250_000)}@`,
      `@${'a.'.repeat(250_000)}`,
      'a@a.'.repeat(125_000),
    ];
    for (const run of runs) {
      const start = performance.now();
      findEmails(run);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
