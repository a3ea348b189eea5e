import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import { housingFacet, housingFromText } from '../../../../src/offers/parse/facets/housing.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => housingFacet(createContext(text, 'test.md'));

describe('housingFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      expect(housingFacet(doc.context)?.value ?? null).toEqual(doc.truth.housing);
    });
  }
});

describe('housingFacet on small cases', () => {
  it.each([
    ['- Logement de fonction.', 'Logement de fonction.'],
    ['Conditions : poste logé - véhicule de service', 'Conditions : poste logé'],
    [
      "Le poste est à Ouvéa. Un logement est mis à disposition de l'agent.",
      "Un logement est mis à disposition de l'agent.",
    ],
    ['Pas de logement de fonction.', 'Pas de logement de fonction.'],
    ['Agent logé par nécessité absolue de service', 'Agent logé par nécessité absolue de service'],
  ])('%j', (text, expected) => {
    expect(read(text)?.value).toBe(expected);
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    [
      'housing as a mission',
      "- l'accompagnement social pour l'accès et le maintien dans le logement",
    ],
    ['housing as a direction', "Direction de l'Emploi et du Logement"],
    ['a word of the same stem', '- Apporter conseil aux fonctions marketing logées dans les BU'],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('reads a bare text (feed cell)', () => {
    expect(housingFromText('Logement de fonction')?.value).toBe('Logement de fonction');
    expect(housingFromText('Bureau / Docks')).toBeNull();
  });
});
