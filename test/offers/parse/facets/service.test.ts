import { describe, expect, it } from 'vitest';
import { readService, serviceOf } from '../../../../src/offers/parse/facets/service.ts';
import { doc, itMatchesTheTruth } from './orgCorpus.ts';

describe('service facet', () => {
  itMatchesTheTruth('service');

  it.each([
    ['# DT - Secrétaire\n\n**Unité organisationnelle** : Section Marketing\n', 'Section Marketing'],
    [
      '# DPSP – Chef de projet – Service Pilotage et Performance\n',
      'Service Pilotage et Performance',
    ],
    ["# DDI - Chef d'Agence - Agence Koné - Pouembout\n", 'Agence Koné - Pouembout'],
    ['# Chargé de contact – Zone Nouméa Agglomération\n', 'Zone Nouméa Agglomération'],
    [
      "# DT - Technicien - CERT\n\nLieu de travail : Centre d'Exploitation des Réseaux de\n\ntélécommunications (CERT) – PK5\n",
      "Centre d'exploitation des réseaux de télécommunications (CERT)",
    ],
    [
      '# DT – Chef de section SAV - CPMC\n\nFonction du supérieur hiérarchique directe : chef du centre CPMC\n',
      'Centre CPMC',
    ],
    [
      '# Agent\n\nFonction du supérieur hiérarchique : Chef de service Support métiers\n',
      'Service Support métiers',
    ],
    [
      "# Agent\n\nPlacée sous l'autorité du responsable du bureau primo-accueil (BPA), le chargé ...\n",
      'Bureau primo-accueil (BPA)',
    ],
    [
      "# Agent\n\nLe bureau des relations au public (BRP) accueille.\n\nSous l'autorité du responsable du BRP, l'agent ...\n",
      'Bureau des relations au public (BRP)',
    ],
    [
      '# Agent\n\nDétails : Le service en charge du logement a pour missions :\n',
      'Service en charge du logement',
    ],
  ])('reads %j', (text, expected) => {
    expect(readService(doc(text))?.value).toBe(expected);
  });

  it.each([
    [
      '# DPSP – Chargé de projets - Direction\n\nFonction du supérieur hiérarchique : chef du service X\n',
      'a post attached to the direction',
    ],
    ['# DMI- Acheteur- CENTAL\n', 'an unexpanded acronym (a site)'],
    [
      '# Agent\n\n**Unité organisationnelle** : Direction de la Distribution\n',
      'the organisation line names the direction',
    ],
    [
      '# DT – Responsable\n\nFonction du supérieur hiérarchique : Directeur des télécommunications\n',
      'a superior without unit',
    ],
    ['# Agent\n\nFonction du supérieur hiérarchique : Chef de section\n', 'a function title alone'],
    ['', 'an empty document'],
  ])('is null for %j (%s)', (text) => {
    expect(readService(doc(text))).toBeNull();
  });

  it.each([
    ['Section Marketing', 'Section Marketing'],
    ['agence entreprises', 'Agence entreprises'],
    ['', null],
    ['/', null],
    ['Direction de la distribution', null],
    [null, null],
  ])('serviceOf(%j)', (text, expected) => {
    expect(serviceOf(text)?.value ?? null).toBe(expected);
  });
});
