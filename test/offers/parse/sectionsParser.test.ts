import { describe, expect, it } from 'vitest';
import { sectionsParser } from '../../../src/offers/parse/sectionsParser.ts';
import { runParser } from './helpers.ts';

describe('sectionsParser', () => {
  it('takes the bullets, not the intro sentence', () => {
    const draft = runParser(
      sectionsParser,
      '# Missions :\n\nLe chargé sera chargé :\n\n- de préparer,\n- de traiter.\n\n# Profil du candidat\n\n- hors section',
    );
    expect(draft.missions).toEqual(['de préparer,', 'de traiter.']);
  });

  it('takes the paragraphs of a missions section without bullets, then the activities', () => {
    const text =
      '# Missions :\n\nPiloter le pôle et ses équipes.\n\n# Activités principales :\n\nIl aura en charge :\n\n- Accueillir les publics';
    expect(runParser(sectionsParser, text).missions).toEqual([
      'Piloter le pôle et ses équipes.',
      'Accueillir les publics',
    ]);
  });

  it('reads an activities label inside a bullet, its inline text being the first item', () => {
    const text =
      "- **Activités principales** Concevoir les offres\n  - Déployer la stratégie\n\n**Caractéristiques particulières de l'emploi**";
    expect(runParser(sectionsParser, text).missions).toEqual([
      'Concevoir les offres',
      'Déployer la stratégie',
    ]);
  });

  it('joins a bullet cut by the PDF conversion', () => {
    const text =
      '## Missions\n\n- Conseiller les clients selon leurs besoins\n\net en adéquation avec la stratégie,\n- Vendre';
    expect(runParser(sectionsParser, text).missions).toEqual([
      'Conseiller les clients selon leurs besoins et en adéquation avec la stratégie,',
      'Vendre',
    ]);
  });

  it('reads the requirements, also when the heading shares the "Profil du candidat" line', () => {
    const text =
      '### **Profil du candidat Savoir / Connaissance / Diplôme exigé**\n\n- Bac\n- Permis B\n\n### **Savoir-faire**\n\n- Piloter';
    expect(runParser(sectionsParser, text).requirements).toEqual(['Bac', 'Permis B']);
  });

  it('gives empty lists when the sections are absent or empty', () => {
    const draft = runParser(
      sectionsParser,
      '# Profil du candidat\n\nSavoir / Connaissance/Diplôme exigé :\n',
    );
    expect(draft.missions).toEqual([]);
    expect(draft.requirements).toEqual([]);
  });
});
