import { describe, expect, it } from 'vitest';
import { ParseError, parseOfferDocument } from '../../../src/offers/parse/index.ts';

describe('parseOfferDocument', () => {
  it.each([
    ['no reference', '# Chargé de mission\n\nEmployeur : Province Sud'],
    ['nothing', ''],
    ['no title', 'Référence : 3134-25-0833/SR du 06 juin 2025\n\nEmployeur : Province Sud'],
  ])('rejects a document with %s', (_why, text) => {
    expect(() => parseOfferDocument(text, 'x.txt')).toThrow(ParseError);
  });

  it('parses a minimal offer', () => {
    const offer = parseOfferDocument(
      '# Agent\n\nRéférence : 26-0712 du 15 mai 2026\n\nDate limite de candidature : 5 juin 2026',
      'x.txt',
    );
    expect(offer).toMatchObject({
      reference: '3134-26-0712/SR',
      title: 'Agent',
      publishedOn: '2026-05-15',
      deadline: '2026-06-05',
      source: 'x.txt',
    });
  });
});
