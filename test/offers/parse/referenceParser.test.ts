import { describe, expect, it } from 'vitest';
import { referenceParser } from '../../../src/offers/parse/referenceParser.ts';
import { runParser } from './helpers.ts';

describe('referenceParser', () => {
  it.each([
    ['Référence : 3134-25-0833/SR du 06 juin 2025', '3134-25-0833/SR', '2025-06-06'],
    ['Référence: 3134-24-2014/SR du 27/12/2024', '3134-24-2014/SR', '2024-12-27'],
    ['**Référence** 3134-26-712/SR du 15 mai 2026', '3134-26-0712/SR', '2026-05-15'],
    ['**Référence : 3134-26-0672/SR du 8 mai 2026**', '3134-26-0672/SR', '2026-05-08'],
    ['Titre\n\nOffre 3134-25-0977/SR du 27/06/2025', '3134-25-0977/SR', '2025-06-27'],
    ['Reference : 3134-25-0833/SR', '3134-25-0833/SR', null],
  ])('%j', (text, reference, date) => {
    const draft = runParser(referenceParser, text);
    expect(draft.reference).toBe(reference);
    expect(draft.referenceDate).toBe(date);
  });

  it.each(['Référence : à venir', 'Tél : 79.86.01', ''])('no reference in %j', (text) => {
    expect(runParser(referenceParser, text).reference).toBeNull();
  });
});
