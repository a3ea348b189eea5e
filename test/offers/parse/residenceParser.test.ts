import { describe, expect, it } from 'vitest';
import { parseResidence, residenceParser } from '../../../src/offers/parse/residenceParser.ts';
import { runParser } from './helpers.ts';

describe('parseResidence', () => {
  it.each([
    [
      'pour le recrutement sur titre (1): au moins égale à 10 ans',
      { text: 'au moins égale à 10 ans', years: 10 },
    ],
    [
      'pour le recrutement direct d’un adjoint administratif (1): au moins égale à 5 ans',
      { text: 'au moins égale à 5 ans', years: 5 },
    ],
    ['au moins égale à 3 ans', { text: 'au moins égale à 3 ans', years: 3 }],
    ['(1) : selon statut', { text: 'selon statut', years: null }],
  ])('%j', (value, expected) => {
    expect(parseResidence(value)).toEqual(expected);
  });

  it.each(['pour le recrutement sur titre (1): /', '/', '', '(1) :'])(
    'no residence for %j',
    (value) => {
      expect(parseResidence(value)).toBeNull();
    },
  );
});

describe('residenceParser', () => {
  it('reads a label split over two lines', () => {
    const text =
      '**Durée de résidence exigée**\n\n**pour le recrutement sur titre (1)** au moins égale à 10 ans';
    expect(runParser(residenceParser, text).residence).toEqual({
      text: 'au moins égale à 10 ans',
      years: 10,
    });
  });
  it('reads "/" followed by another label as no residence', () => {
    const text =
      '**Durée de résidence exigée pour le recrutement sur titre (1)** / **Lieu de travail** Nouméa';
    expect(runParser(residenceParser, text).residence).toBeNull();
  });
});
