import { describe, expect, it } from 'vitest';
import { readTeam } from '../../../../src/offers/parse/facets/team.ts';
import { doc, itMatchesTheTruth } from './orgCorpus.ts';

describe('team facet', () => {
  itMatchesTheTruth('team');

  it.each([
    [
      "### Nombre d'agents encadrés :\n\n- Directs : 4 - Indirects : 20\n",
      { direct: 4, indirect: 20 },
    ],
    ["Nb d'agents encadrés :\n\nDirect : 0 Indirect : 0\n", { direct: 0, indirect: 0 }],
    [
      "Nb d'agents encadrés :\n\n- Directs : /\n\n- Indirects : /\n",
      { direct: null, indirect: null },
    ],
    [
      "Nb d'agents permanents encadrés :\n\n● Directs : 3 ● Indirects : 27\n",
      { direct: 3, indirect: 27 },
    ],
    ["Nombre d'agents encadrés : 0\n", { direct: 0, indirect: 0 }],
    ["Nombre d'agents encadrés : /\n", { direct: null, indirect: null }],
    ["Nombre d'agents encadrés : 12\n", { direct: null, indirect: null }], // split unknown
    ["Nombre d'agents encadrés : Directs : 2\n", { direct: 2, indirect: null }],
    [
      'Positionnement : Rôle transversal, sans management hiérarchique direct.\n',
      { direct: 0, indirect: null },
    ],
  ])('reads %j', (text, expected) => {
    expect(readTeam(doc(text))?.value).toEqual(expected);
  });

  it('does not read counts from the next section', () => {
    const text =
      "Nombre d'agents encadrés :\n\nActivités principales :\n- Contact direct : 3 partenaires\n";
    expect(readTeam(doc(text))?.value).toEqual({ direct: null, indirect: null });
  });

  it.each([
    ["L'équipe compte 6 travailleurs sociaux.\n", 'colleagues are not supervised'],
    ['Relation directe : 3 interlocuteurs\n', 'no team label'],
    ['Missions : encadrer une équipe.\n', 'no count'],
    ['', 'an empty document'],
  ])('is null for %j (%s)', (text) => {
    expect(readTeam(doc(text))).toBeNull();
  });
});
