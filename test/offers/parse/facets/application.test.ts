import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import {
  applicationFacet,
  applicationFromFeed,
} from '../../../../src/offers/parse/facets/application.ts';
import { shortDocumentName } from '../../../../src/offers/parse/facets/applicationDocuments.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => applicationFacet(createContext(text, 'test.md'));

describe('applicationFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      const found = applicationFacet(doc.context);
      expect(found?.value ?? null).toEqual(doc.truth.application);
      // The quote is the whole block as plain text: every word of it is the document's.
      const words = (found?.quote ?? '').replace(/^• /gm, '').split(/[\s()]+/);
      for (const word of words) if (word !== '') expect(doc.context.text).toContain(word);
    });
  }
});

describe('shortDocumentName', () => {
  it.each([
    ['Lettre de motivation ;', 'lettre de motivation'],
    ['Curriculum vitae (CV) détaillé ;', 'CV détaillé'],
    ['CV à jour', 'CV à jour'],
    ['Fiche de renseignements dûment complétée à télécharger ici ;', 'fiche de renseignements'],
    ['ainsi que la demande de mutation si nécessaire (2)', 'demande de mutation (si nécessaire)'],
    [
      'Pour les fonctionnaires, demande de changement de corps ou cadre d’emploi si nécessaire',
      'demande de changement de corps ou cadre d’emploi (fonctionnaires, si nécessaire)',
    ],
    [
      'Justificatifs concernant la citoyenneté ou la durée de résidence si nécessaire (liste des pièces dans la notice',
      'justificatifs de citoyenneté ou de durée de résidence (si nécessaire)',
    ],
    ['une copie des diplômes', 'copie des diplômes'],
    [
      'la copie de la carte d’identité le cas échéant',
      'copie de la carte d’identité (le cas échéant)',
    ],
    ['a minima', null],
    ['(1)', null],
  ])('%j → %j', (item, expected) => {
    expect(shortDocumentName(item)).toBe(expected);
  });
});

describe('applicationFacet on small cases', () => {
  it('reads an inline list, a postal address and a mail', () => {
    const text = [
      '### Pour répondre à cette offre',
      '',
      'Les candidatures (lettre de motivation, CV, copie des diplômes et une photo) doivent parvenir par :',
      '- Voie postale : Province Sud, BP L1, 98849 Nouméa Cedex',
      '- Dépôt physique : même adresse - Mail : recrutement@province-sud.nc',
    ].join('\n');
    expect(read(text)?.value).toEqual({
      email: 'recrutement@province-sud.nc',
      address: 'Province Sud, BP L1, 98849 Nouméa Cedex',
      documents: ['lettre de motivation', 'CV', 'copie des diplômes', 'photo'],
      url: null,
    });
  });

  it('reads bullets after "les documents suivants :" across a blank line', () => {
    const text =
      '**Pour postuler**\n\nVotre dossier doit comporter les documents suivants :\n\n- Lettre de motivation ;\n\n- CV détaillé ;\n\nEnvoi par courriel à rh@gouv.nc';
    expect(read(text)?.value).toEqual({
      email: 'rh@gouv.nc',
      address: null,
      documents: ['lettre de motivation', 'CV détaillé'],
      url: null,
    });
  });

  it('reads a list joined by "+" and an address alone after "à :"', () => {
    const text = [
      '# Pour postuler',
      'Adressez votre candidature (lettre de motivation + CV + copie de l’arrêté) à :',
      "Monsieur le président de l'assemblée de la province Nord, BP 41, 98860 Koné",
      'ou par courriel : drh@province-nord.nc',
    ].join('\n');
    expect(read(text)?.value).toEqual({
      email: 'drh@province-nord.nc',
      address: "Monsieur le président de l'assemblée de la province Nord, BP 41, 98860 Koné",
      documents: ['lettre de motivation', 'CV', 'copie de l’arrêté'],
      url: null,
    });
  });

  it('keeps a page to apply on, not a form to download', () => {
    const apply =
      '**Pour postuler**\n\nPostuler en ligne sur la plateforme [emploi](https://emploi.gouv.nc/offres/123).';
    expect(read(apply)?.value.url).toBe('https://emploi.gouv.nc/offres/123');
    const form =
      '**Pour postuler**\n\n- Fiche de renseignements à [télécharger](https://drhfpnc.gouv.nc/fiche.pdf) ici ;\n- Mail : a@b.nc';
    expect(read(form)?.value.url).toBeNull();
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['a deadline label is no block', '**Date limite de candidature** vendredi 5 juin 2026'],
    ['an empty block', '### **Pour répondre à cette offre**\n\nVoie postale : idem que ci-dessus'],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('reads the feed cells', () => {
    expect(
      applicationFromFeed('2 rue Montchovet, Nouméa', 'DRH-candidature@opt.nc')?.value,
    ).toEqual({
      email: 'DRH-candidature@opt.nc',
      address: '2 rue Montchovet, Nouméa',
      documents: [],
      url: null,
    });
    expect(applicationFromFeed('', null)).toBeNull();
  });
});
