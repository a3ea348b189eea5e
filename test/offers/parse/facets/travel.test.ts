import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import { travelFacet, travelFromText } from '../../../../src/offers/parse/facets/travel.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => travelFacet(createContext(text, 'test.md'));

describe('travelFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      const found = travelFacet(doc.context);
      expect(found?.value ?? null).toEqual(doc.truth.travel);
      if (found) expect(doc.context.text).toContain(found.quote);
    });
  }
});

describe('travelFacet on small cases', () => {
  it.each([
    ['- Déplacements fréquents en brousse.', 'Déplacements fréquents en brousse.'],
    ['Itinérance.', 'Itinérance.'],
    [
      'Horaires de bureau - déplacements ponctuels dans les îles',
      'déplacements ponctuels dans les îles',
    ],
    [
      "Le poste est basé à Koné. L'agent sera amené à se déplacer sur toute la province Nord.",
      "L'agent sera amené à se déplacer sur toute la province Nord.",
    ],
    ['Tournées régulières sur la côte Est', 'Tournées régulières sur la côte Est'],
  ])('%j', (text, expected) => {
    expect(read(text)?.value).toBe(expected);
  });

  it('quotes the sentence of a paragraph, the line otherwise', () => {
    expect(read('Le poste est à Koné. Déplacements fréquents.')?.quote).toBe(
      'Déplacements fréquents.',
    );
    expect(read('- Itinérance.')?.quote).toBe('- Itinérance.');
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['organising the travel of others', '- Organiser les déplacements du directeur'],
    ['travel expenses', '- Régimes indemnitaires : frais de déplacement remboursés'],
    ['roaming, in a telecom offer', "- Suivre les accords d'itinérance internationale"],
    ['deployment is not travel', '- Piloter le déploiement du réseau'],
    [
      'a personal vehicle allowance',
      "- Indemnité forfaitaire d'utilisation de véhicule personnel.",
    ],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('reads a bare text (feed cell)', () => {
    expect(travelFromText('Déplacements en tribu.')?.value).toBe('Déplacements en tribu.');
    expect(travelFromText(undefined)).toBeNull();
  });
});
