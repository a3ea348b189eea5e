import { describe, expect, it } from 'vitest';
import {
  acronymTable,
  canonicalDirectionName,
  LEXICON_ACRONYMS,
  nameOfAcronym,
} from '../../../../src/offers/parse/facets/acronyms.ts';
import { directionOf, readDirection } from '../../../../src/offers/parse/facets/direction.ts';
import { learnAcronyms } from '../../../../src/offers/parse/facets/learnAcronyms.ts';
import { scoreOrgFacets } from '../../../../bench/orgFacets.ts';
import { doc, itMatchesTheTruth } from './orgCorpus.ts';

const EMPTY = acronymTable([]);

describe('direction facet', () => {
  itMatchesTheTruth('direction');
  itMatchesTheTruth('directionAcronym');

  it.each(['lexicon', 'documents'] as const)('equals the truth with the %s table too', (mode) => {
    const { misses } = scoreOrgFacets(mode);
    expect(misses.filter((m) => m.facet.startsWith('direction'))).toEqual([]);
  });

  it.each([
    ["Direction de l'Emploi et du Logement", "Direction de l'emploi et du logement"],
    [
      'de la Poste et des Services de Proximité',
      'Direction de la poste et des services de proximité',
    ],
    [
      "la direction de l'emploi et du logement de la province Sud",
      "Direction de l'emploi et du logement",
    ],
    [
      'Direction de l’Enseignement, de la Jeunesse (DEFIJ)',
      "Direction de l'enseignement, de la jeunesse",
    ],
    ['Télécom', null],
    ['Office des postes et télécommunications', null],
    ['Directeur des télécommunications', null],
  ])('canonicalDirectionName(%j)', (raw, expected) => {
    expect(canonicalDirectionName(raw)).toBe(expected);
  });

  it.each([
    // [document, table, name, acronym, acronymFrom]
    [
      '# DT - Technicien\n\n**Direction** Télécom\n',
      LEXICON_ACRONYMS,
      'Direction des télécommunications',
      'DT',
      'document',
    ],
    ['# DT - Technicien\n\n**Direction** Télécom\n', EMPTY, 'Direction télécom', 'DT', 'document'],
    [
      '# Agent\n\nDirection : Distribution\n',
      LEXICON_ACRONYMS,
      'Direction de la distribution',
      'DDI',
      'table',
    ],
    ['# Agent\n\nDirection : Distribution\n', EMPTY, 'Direction distribution', null, null],
    [
      '# Agent\n\nDirection : Distribution\n\n**Unité organisationnelle** : Direction de la Distribution\n',
      EMPTY,
      'Direction de la distribution',
      null,
      null,
    ],
    [
      "# Agent\n\nDétails : la direction de l'emploi et du logement de la province Sud (DEL) est chargée ...\n",
      EMPTY,
      "Direction de l'emploi et du logement",
      'DEL',
      'document',
    ],
    [
      '# DMI- Acheteur\n\nEmployeur : OPT\n',
      LEXICON_ACRONYMS,
      "Direction des moyens et de l'immobilier",
      'DMI',
      'document',
    ],
    // A title prefix that does not fit the name is not its acronym.
    ['# SG - Agent\n\nDirection des Finances\n', EMPTY, 'Direction des finances', null, null],
  ])('reads %j', (text, table, name, acronym, acronymFrom) => {
    expect(readDirection(doc(text), table)?.value).toEqual({ name, acronym, acronymFrom });
  });

  it.each([
    ['# DT - Technicien\n\nEmployeur : OPT\n', 'a prefix the table does not know'],
    ['# Agent\n\nLieu de travail : Nouméa\n', 'no direction anywhere'],
    [
      '# Agent\n\nLes candidatures doivent parvenir à la Direction des ressources humaines.\n',
      'a direction named without acronym in the text',
    ],
    ['', 'an empty document'],
  ])('is null for %j (%s)', (text) => {
    expect(readDirection(doc(text), EMPTY)).toBeNull();
  });

  it('learns an acronym from one document for the others', () => {
    const table = learnAcronyms(
      [
        '# Agent\n\nla Direction des Finances et du Budget (DFB) recrute.\n',
        '# DPI - Agent\n\nDirection : Direction de la Protection Incendie\n',
      ],
      EMPTY,
    );
    expect(nameOfAcronym(table, 'DFB')).toBe('Direction des finances et du budget');
    expect(nameOfAcronym(table, 'DPI')).toBe('Direction de la protection incendie');
    expect(readDirection(doc('# DFB - Comptable\n\nEmployeur : X\n'), table)?.value.name).toBe(
      'Direction des finances et du budget',
    );
    expect(readDirection(doc('Direction : Finances et du Budget\n'), table)?.value).toEqual({
      name: 'Direction des finances et du budget',
      acronym: 'DFB',
      acronymFrom: 'table',
    });
  });

  it('makes an acronym taught two ways ambiguous, never a guess', () => {
    const table = learnAcronyms(
      ['la Direction des Sports (DS) recrute.\n', 'la Direction de la Santé (DS) recrute.\n'],
      EMPTY,
    );
    expect(nameOfAcronym(table, 'DS')).toBeNull();
    expect(readDirection(doc('# DS - Agent\n\nEmployeur : X\n'), table)).toBeNull();
  });

  it.each([
    // [text, title, printed acronym, name, acronym, acronymFrom]
    [
      'Office des postes et télécommunications',
      'Chef de section SAV - CPMC',
      'OPT',
      null,
      null,
      null,
    ],
    [
      'Office des postes et télécommunications',
      'DT - Chef de section SAV',
      'OPT',
      'Direction des télécommunications',
      'DT',
      'document',
    ],
    [
      "Direction de l'Emploi et du Logement",
      null,
      'DEL',
      "Direction de l'emploi et du logement",
      'DEL',
      'document',
    ],
    [
      "Direction de l'Emploi et du Logement",
      null,
      null,
      "Direction de l'emploi et du logement",
      'DEL',
      'table',
    ],
    ['Télécommunications', null, null, 'Direction des télécommunications', 'DT', 'table'],
    ['', null, null, null, null, null],
    [null, null, null, null, null, null],
  ])('directionOf(%j, %j, %j)', (text, title, printed, name, acronym, acronymFrom) => {
    const read = directionOf(text, title, LEXICON_ACRONYMS, printed);
    expect(read?.value ?? null).toEqual(name === null ? null : { name, acronym, acronymFrom });
  });
});
