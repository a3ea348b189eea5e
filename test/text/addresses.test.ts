import { describe, expect, it } from 'vitest';
import { withoutAddresses } from '../../src/text/addresses.ts';

describe('withoutAddresses', () => {
  it.each([
    ['écrire à marie@gouv.nc ?', 'écrire à   ?'],
    ['jean.dupont@province-sud.nc', ' '],
    ['voir https://www.province-sud.nc/emplois svp', 'voir   svp'],
    ['www.opt.nc', ' '],
    ['le poste à Nouméa', 'le poste à Nouméa'],
    ['réf. 3134-25-0833/SR', 'réf. 3134-25-0833/SR'],
    ['@lieu', '@lieu'],
  ])('%s', (text, expected) => {
    expect(withoutAddresses(text)).toBe(expected);
  });
});
