import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import {
  exactDay,
  startDateFacet,
  startDateFromFeed,
} from '../../../../src/offers/parse/facets/startDate.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => startDateFacet(createContext(text, 'test.md'));

describe('startDateFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      expect(startDateFacet(doc.context)?.value ?? null).toEqual(doc.truth.startDate);
    });
  }
});

describe('startDateFacet on small cases', () => {
  it.each([
    ['Poste à pourvoir : Immédiatement', 'Immédiatement', null],
    ['Poste à pourvoir : dès que possible.', 'dès que possible', null],
    ['Poste à pourvoir : à/c du 19 octobre 2026', 'à/c du 19 octobre 2026', '2026-10-19'],
    ['Poste à pourvoir : le 01/09/2026', 'le 01/09/2026', '2026-09-01'],
    [
      "**Poste à pourvoir** susceptible d'être vacant à compter du\n\n1 er octobre 2026 **Date de dépôt de l'offre** vendredi 15 mai 2026",
      "susceptible d'être vacant à compter du 1 er octobre 2026",
      '2026-10-01',
    ],
    ['Poste à pourvoir : courant octobre 2026', 'courant octobre 2026', null],
    ['Poste à pourvoir : du 1er au 15 octobre 2026', 'du 1er au 15 octobre 2026', null],
    ['Poste(s) à pourvoir : 2 postes, au 1er mars 2026', 'au 1er mars 2026', '2026-03-01'],
    ['Poste à pourvoir : 15 octobre 2026', '15 octobre 2026', '2026-10-15'],
  ])('%j', (text, expectedText, iso) => {
    expect(read(text)?.value).toEqual({ text: expectedText, iso });
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['"/" means not stated', 'Poste à pourvoir : /'],
    ['a number counts posts', 'Poste(s) à pourvoir : 2'],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('takes a day only when it is the one number of the wording', () => {
    expect(exactDay('1er janvier 2025')).toBe('2025-01-01');
    expect(exactDay('entre le 2 et le 9 mars 2026')).toBeNull();
    expect(exactDay('31 février 2026')).toBeNull();
  });

  it.each([
    [null, 'IMMEDIATEMENT', 'Immédiatement', null],
    ['', 'SUSCEPTIBLE_VACANT', "Susceptible d'être vacant", null],
    ['2026-10-01 00:00:00+11:00', 'A_DATE', '1er octobre 2026', '2026-10-01'],
    [
      '2026-10-01',
      'SUSCEPTIBLE_VACANT',
      "Susceptible d'être vacant à compter du 1er octobre 2026",
      '2026-10-01',
    ],
    [null, 'EN_ATTENTE', 'En attente', null],
  ])('feed %j %j', (date, code, text, iso) => {
    expect(startDateFromFeed(date, code)?.value).toEqual({ text, iso });
  });

  it('feed without date nor code → null', () => {
    expect(startDateFromFeed('', '')).toBeNull();
    expect(startDateFromFeed(undefined, null)).toBeNull();
  });
});
