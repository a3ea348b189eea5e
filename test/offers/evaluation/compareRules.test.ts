import { describe, expect, it } from 'vitest';
import {
  exact,
  foldedSet,
  foldedText,
  members,
} from '../../../src/offers/evaluation/compareRules.ts';
import { FACETS, readFacet } from '../../../src/offers/evaluation/facetTable.ts';
import { foldText } from '../../../src/offers/evaluation/foldText.ts';

describe('foldText', () => {
  it.each([
    ['**Chef** de section « Énergie ».', 'chef de section energie'],
    ['Direction de l’Emploi  et du Logement', "direction de l'emploi et du logement"],
    ['d’ exploitation', "d'exploitation"],
    [
      'Chef de section "Applications et pratiques métiers"',
      'chef de section applications et pratiques metiers',
    ],
    ['Itinérance. ', 'itinerance'],
    ['Nouméa Cédex', 'noumea cedex'],
  ])('%j → %j', (text, folded) => expect(foldText(text)).toBe(folded));

  it('keeps hyphens and inner punctuation', () => {
    expect(foldText('non-bénéfice')).not.toBe(foldText('non bénéfice'));
    expect(foldText('26.79.28')).toBe('26.79.28');
  });
});

describe('comparison rules', () => {
  it('exact: numbers and ISO days only when equal, null equals null', () => {
    expect(exact(3, 3)).toBe(true);
    expect(exact('2025-01-01', '2025-01-01')).toBe(true);
    expect(exact(0, null)).toBe(false);
    expect(exact(null, null)).toBe(true);
  });

  it('foldedText: folded texts, null only equals null', () => {
    expect(foldedText('Province Sud', 'province  sud.')).toBe(true);
    expect(foldedText('Province Sud', 'Province Nord')).toBe(false);
    expect(foldedText(null, '')).toBe(false);
    expect(foldedText('x', null)).toBe(false);
    expect(foldedText(null, null)).toBe(true);
  });

  it('foldedSet: sets of folded items, order ignored', () => {
    expect(foldedSet(['Koné', 'Pouembout'], ['pouembout', 'KONE'])).toBe(true);
    expect(foldedSet(['Koné', 'Pouembout'], ['Koné'])).toBe(false);
    expect(foldedSet(['Koné'], ['Koné', 'Pouembout'])).toBe(false);
    expect(foldedSet(['a'], 'a')).toBe(false);
    expect(foldedSet([], [])).toBe(true);
  });

  it('members: each member by its rule, extra members ignored', () => {
    const rule = members({ text: foldedText, iso: exact });
    expect(
      rule({ text: 'Dès que possible', iso: null }, { text: 'dès que possible.', iso: null }),
    ).toBe(true);
    expect(rule({ text: 'x', iso: '2026-10-01' }, { text: 'x', iso: null })).toBe(false);
    expect(rule({ text: 'x', iso: null }, { text: 'x', iso: null, extra: 1 })).toBe(true);
    expect(rule(null, { text: 'x', iso: null })).toBe(false);
    expect(rule(null, null)).toBe(true);
  });
});

describe('readFacet', () => {
  it('reports a key the offer lacks as absent', () => {
    expect(readFacet({}, FACETS.communes)).toEqual({ present: false, why: 'champ absent' });
  });

  it('reports a value of the former shape as absent, with the value', () => {
    const read = readFacet({ corps: 'Rédacteur' }, FACETS.corps);
    expect(read.present).toBe(false);
    expect(read.present ? '' : read.why).toContain('"Rédacteur"');
  });

  it('reads null and values of the contract shape', () => {
    expect(readFacet({ team: null }, FACETS.team)).toEqual({ present: true, value: null });
    expect(readFacet({ corps: ['rédacteur'] }, FACETS.corps)).toEqual({
      present: true,
      value: ['rédacteur'],
    });
  });

  it('reads a dotted path, null on the way reads null', () => {
    expect(readFacet({ residence: null }, FACETS.residenceYears)).toEqual({
      present: true,
      value: null,
    });
    expect(readFacet({ residence: { text: '10 ans', years: 10 } }, FACETS.residenceYears)).toEqual({
      present: true,
      value: 10,
    });
    expect(readFacet({ residence: { text: '10 ans' } }, FACETS.residenceYears).present).toBe(false);
  });
});
