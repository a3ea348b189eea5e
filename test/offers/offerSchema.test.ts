import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/offers/offer.ts';
import { offerIssues } from '../../src/offers/offerSchema.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { decodeDocument } from '../../src/offers/readDocument.ts';

const seed = parseOfferDocument(
  readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8'),
  '3134-25-0833-SR.txt',
);

describe('offer schema', () => {
  it('accepts a parsed seed offer', () => {
    expect(offerIssues(seed)).toEqual([]);
  });

  it.each<[string, Partial<Offer>, string]>([
    [
      'a reference not normalised',
      { reference: '3134-25-833/SR' },
      'reference : référence attendue sous la forme 3134-AA-NNNN/SR',
    ],
    ['a day that does not exist', { publishedOn: '2025-02-30' }, 'publishedOn : jour inexistant'],
    [
      'a day not in ISO form',
      { previousDeadline: '18/07/2025' },
      'previousDeadline : jour attendu au format AAAA-MM-JJ',
    ],
    ['an overlong title', { title: 'x'.repeat(301) }, 'title : plus de 300 caractères'],
    ['a blank title', { title: '   ' }, 'title : texte vide'],
    ['an overlong body', { body: 'x'.repeat(200_001) }, 'body : plus de 200000 caractères'],
    ['an empty mission', { missions: ['ok', ''] }, 'missions.1 : texte vide'],
    [
      'no deadline',
      { deadline: null },
      'deadline : pas de date limite de candidature (document tronqué ?)',
    ],
  ])('refuses %s', (_name, change, issue) => {
    expect(offerIssues({ ...seed, ...change })).toEqual([issue]);
  });

  it('tolerates fields it does not know', () => {
    expect(offerIssues({ ...seed, salary: 'grille B' } as Offer)).toEqual([]);
  });
});

describe('decodeDocument', () => {
  it('drops a BOM', () => {
    expect(decodeDocument(Buffer.from('\uFEFFRéférence', 'utf8'))).toEqual({
      ok: true,
      text: 'Référence',
      warnings: [],
    });
  });

  it('reads Latin-1, even one ending with an accented letter', () => {
    expect(decodeDocument(Buffer.from('Poste à Koné', 'latin1'))).toMatchObject({
      ok: true,
      text: 'Poste à Koné',
    });
  });

  it('refuses UTF-8 cut inside its last character, and blank files', () => {
    const bytes = Buffer.from('Référence à Koné', 'utf8');
    expect(decodeDocument(bytes.subarray(0, bytes.length - 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/tronqué/),
    });
    expect(decodeDocument(Buffer.from(' \n\t\n'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/vide/),
    });
  });
});
