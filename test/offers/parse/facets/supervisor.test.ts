import { describe, expect, it } from 'vitest';
import { readSupervisor } from '../../../../src/offers/parse/facets/supervisor.ts';
import { doc, itMatchesTheTruth } from './orgCorpus.ts';

describe('supervisor facet', () => {
  itMatchesTheTruth('supervisor');

  it.each([
    [
      'Fonction du supérieur hiérarchique directe : directeur opérationnel\n',
      'Directeur opérationnel',
    ],
    [
      "**Fonction du supérieur hiérarchique direct** Chef de Section Développement\n\nClients\n\n### Nb d'agents encadrés :\n",
      'Chef de Section Développement Clients',
    ],
    [
      '#### Fonction du supérieur hiérarchique directe :\n\n- Chef Section ENERGIE\n',
      'Chef Section ENERGIE',
    ],
    ['Fonction du supérieur hiérarchique directe : chef due centre CPMC\n', 'Chef du centre CPMC'],
    [
      "Placé(e) sous l'autorité de la cheffe de service du Pôle Formation, le conseiller sera chargé de ...\n",
      'Cheffe de service du Pôle Formation',
    ],
    [
      'Au sein de la DAJI, sous l’autorité du responsable du BRP, le ou la chargé(e) ...\n',
      'Responsable du BRP',
    ],
  ])('reads %j', (text, expected) => {
    expect(readSupervisor(doc(text))?.value).toBe(expected);
  });

  it('does not join a next line that is a label or a sentence', () => {
    const text =
      'Fonction du supérieur hiérarchique directe : Directeur des télécommunications\n\nPositionnement : Rôle transversal\n';
    expect(readSupervisor(doc(text))?.value).toBe('Directeur des télécommunications');
  });

  it.each([
    ['Fonction du supérieur hiérarchique directe : /\n', 'a "/" value'],
    ['Les bâtiments placés sous la responsabilité du CERT.\n', 'a unit, not a superior'],
    ["Placé sous l'autorité de la province Sud, le service ...\n", 'not a function'],
    ['Missions : accueillir le public.\n', 'nothing said'],
    ['', 'an empty document'],
  ])('is null for %j (%s)', (text) => {
    expect(readSupervisor(doc(text))).toBeNull();
  });
});
