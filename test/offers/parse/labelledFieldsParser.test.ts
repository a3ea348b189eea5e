import { describe, expect, it } from 'vitest';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';
import { labelledFieldsParser } from '../../../src/offers/parse/labelledFieldsParser.ts';
import { createContext } from '../../../src/offers/parse/draft.ts';
import { startDateFacet } from '../../../src/offers/parse/facets/startDate.ts';
import { runParser } from './helpers.ts';

describe('labelledFieldsParser', () => {
  it.each([
    ['Employeur : Province Sud', 'employer', 'Province Sud'],
    [
      '**Employeur** Office des postes et télécommunications',
      'employer',
      'Office des postes et télécommunications',
    ],
    ['Lieu de travail : Hienghène', 'location', 'Hienghène'],
    [
      '**Lieu de travail** Immeuble WARUNA\n\n2 rue Paul Montchovet Nouméa',
      'location',
      'Immeuble WARUNA 2 rue Paul Montchovet Nouméa',
    ],
    [
      '**Lieu de travail** Agence - 9 rue Galliéni\n\n-NOUMEA',
      'location',
      'Agence - 9 rue Galliéni -NOUMEA',
    ],
    ["# Emploi RESPNC : Chargé d'accueil", 'respncJob', "Chargé d'accueil"],
    ['**Emploi RESPNC** Directeur.', 'respncJob', 'Directeur'],
  ] as const)('%j → %s', (text, field, expected) => {
    expect(runParser(labelledFieldsParser, text)[field]).toBe(expected);
  });

  // "Poste à pourvoir" is labelled too; its facet reads the labelled value (`startDateFacet`).
  it.each([
    ['Poste à pourvoir : Immédiatement', 'Immédiatement'],
    ['**Postes à pourvoir** dès que possible', 'dès que possible'],
    [
      "**Poste à pourvoir** Susceptible dans le cadre de **Date de dépôt de l'offre** 8 mai 2026\n\nla réorganisation **Date limite de candidature** 29 mai 2026",
      'Susceptible dans le cadre de la réorganisation',
    ],
  ] as const)('%j → startDate %s', (text, expected) => {
    expect(startDateFacet(createContext(text, 't.md'))?.value).toEqual({
      text: expected,
      iso: null,
    });
  });

  it.each(['Poste à pourvoir :', 'Poste à pourvoir : /', 'Employeur : Province Sud'])(
    'reads no start in %j',
    (text) => expect(startDateFacet(createContext(text, 't.md'))).toBeNull(),
  );

  // Corps and direction are labelled fields read by their facets (`facetsParser`): the labelled
  // value, normalised (alternatives in lower case, the direction's canonical name).
  it.each([
    ['Corps ou Cadre d’emploi / Domaine: Rédacteur', 'corps', ['rédacteur']],
    [
      "Corps ou Cadre d'emploi /Domaine : Adjoint administratif",
      'corps',
      ['adjoint administratif'],
    ],
    [
      "**Corps ou Cadre d'emploi / Domaine** Cadre d'exploitation ou\n\ncontrôleur",
      'corps',
      ["cadre d'exploitation", 'contrôleur'],
    ],
    [
      "**Corps ou Cadre d'emploi /Domaine** : **Direction** Télécom\n\nCadre d'exploitation",
      'corps',
      ["cadre d'exploitation"],
    ],
    ["Direction de l'Emploi et du Logement", 'direction', "Direction de l'emploi et du logement"],
    ['Direction : Direction de la Jeunesse (DJ)', 'direction', 'Direction de la jeunesse'],
    [
      "**Corps ou Cadre d'emploi / Domaine** Contrôleur **Direction** de la poste",
      'direction',
      'Direction de la poste',
    ],
    [
      "**Corps ou Cadre d'emploi / Domaine** Technicien **Direction des télécommunications**",
      'direction',
      'Direction des télécommunications',
    ],
  ] as const)('%j → %s (its facet)', (text, field, expected) => {
    const offer = parseOfferDocument(`# Agent\n\n3134-25-0001/SR\n\n${text}\n`, 'a.md');
    expect(offer[field]).toEqual(expected);
  });

  it.each([
    ['Employeur : /', 'employer'],
    ['La direction de l’emploi recrute', 'direction'],
    ['**Unité organisationnelle** : Direction de la Distribution', 'direction'],
    ['**Lieu de travail** Direction générale', 'direction'],
    ['- Direction de projets', 'direction'],
    ['Poste à pourvoir :', 'startDate'],
  ] as const)('leaves %s null in %j', (text, field) => {
    expect(runParser(labelledFieldsParser, text)[field]).toBeNull();
  });

  it('takes the first of repeated labels', () => {
    expect(
      runParser(labelledFieldsParser, 'Employeur : Province Sud\n\nEmployeur : Province Nord')
        .employer,
    ).toBe('Province Sud');
  });
});
