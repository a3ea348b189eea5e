import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import {
  drivingLicenceFacet,
  drivingLicenceFromText,
} from '../../../../src/offers/parse/facets/drivingLicence.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => drivingLicenceFacet(createContext(text, 'test.md'));

describe('drivingLicenceFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      const found = drivingLicenceFacet(doc.context);
      expect(found?.value ?? null).toEqual(doc.truth.drivingLicence);
      if (found) expect(doc.context.text).toContain(found.quote.replace(/^- /, ''));
    });
  }
});

describe('drivingLicenceFacet on small cases', () => {
  it.each([
    ['Permis B exigé', ['B'], true],
    ['Permis de conduire B obligatoire', ['B'], true],
    ['- permis B souhaité', ['B'], false],
    ['Le permis B serait un plus.', ['B'], false],
    ['Posséder le permis de conduire catégorie B', ['B'], true],
    ['Permis B (obligatoire)', ['B'], true],
    ['Permis B et C exigés', ['B', 'C'], true],
    ['Permis C ou D', ['C', 'D'], true],
    ['Habilitations, permis nécessaires : Permis D', ['D'], true],
    ['PERMIS DE CONDUIRE B', ['B'], true],
    ['Permis de conduire exigé', [], true],
    ['Permis de conduire non exigé', [], false],
    [
      'Habilitations, permis nécessaires pour l’exercice des fonctions :\n\nPermis BE',
      ['BE'],
      true,
    ],
  ])('%j', (text, categories, required) => {
    expect(read(text)?.value).toEqual({ categories, required });
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['the label alone', "Habilitations, permis nécessaires pour l'exercice des fonctions : /"],
    ['a building permit', 'Instruire les permis de construire'],
    ['a licence delivered, not asked for', 'Le service délivre les permis de conduire.'],
    ['"à jour" is no category', 'Tenir le permis de conduire à jour'],
    ['a word starting with permis', 'Permission de sortie'],
    ['an operating licence', "Permis d'exploitation"],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('prefers a line naming a category', () => {
    expect(read('Permis de conduire exigé\n\nPermis B')?.value).toEqual({
      categories: ['B'],
      required: true,
    });
  });

  it('reads a bare text (feed cell)', () => {
    expect(drivingLicenceFromText('Permis B obligatoire')?.value.categories).toEqual(['B']);
    expect(drivingLicenceFromText('')).toBeNull();
    expect(drivingLicenceFromText(null)).toBeNull();
  });
});
