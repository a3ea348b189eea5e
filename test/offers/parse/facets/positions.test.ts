import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import {
  positionsFacet,
  positionsFromFeed,
} from '../../../../src/offers/parse/facets/positions.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => positionsFacet(createContext(text, 'test.md'));

describe('positionsFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      expect(positionsFacet(doc.context)?.value ?? null).toEqual(doc.truth.positions);
    });
  }
});

describe('positionsFacet on small cases', () => {
  it.each([
    ['2 postes à pourvoir', 2],
    ['Deux postes sont à pourvoir au sein du service.', 2],
    ['Nombre de postes : 3', 3],
    ['**Nombre de postes à pourvoir** 4', 4],
    ['Poste(s) à pourvoir : 2', 2],
    ['Un poste vacant', 1],
    ['Poste(s) à pourvoir : 2 postes, au 1er mars 2026', 2],
  ])('%j → %i', (text, expected) => {
    expect(read(text)?.value).toBe(expected);
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['a plural label with a date', '**Postes à pourvoir** dès que possible'],
    ['a date, not a count', 'Poste à pourvoir : 15 octobre 2026'],
    ['posts of the team', '- Encadrer les 12 postes de la section'],
    ['zero posts', '0 poste à pourvoir'],
    ['"/" means not stated', 'Nombre de postes : /'],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it.each([
    ['2', 2],
    [4, 4],
    ['1.0', 1],
    ['0', null],
    ['', null],
    [null, null],
    ['deux', null],
  ])('feed cell %j → %j', (cell, expected) => {
    expect(positionsFromFeed(cell)?.value ?? null).toBe(expected);
  });
});
