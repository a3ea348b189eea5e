import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { seedAssistant } from '../helpers.ts';

const DPSP = [
  'CV à jour, lettre de candidature',
  'prioritairement par mail : drh-candidature@opt.nc',
  'Dépôt physique : Direction générale',
  '98841 Nouméa Cedex',
  'Voie postale : même adresse',
];
const DT = [
  'CV détaillé, lettre de motivation, photocopie des diplômes',
  'Voie postale : Direction générale – 2 rue Montchovet',
  'Mail : DRH-candidature@opt.nc',
  'à télécharger directement sur la page de garde',
  'Toute candidature incomplète ne pourra être prise en considération.',
  'sous couvert de la voie hiérarchique',
];
const DRHFPNC_FORMS = [
  'Lettre de motivation',
  'Curriculum vitae (CV) détaillé',
  'Photocopie des diplômes',
  'https://drhfpnc.gouv.nc/sites/default/files/atoms/files/recrutement_-_fiche_de_renseignements_candidature_vf_0.pdf',
  'https://drhfpnc.gouv.nc/sites/default/files/atoms/files/attestation_sur_lhonneur_de_non_benefice_de_la_rupture_conventionnelle.pdf',
  'https://drhfpnc.gouv.nc/sites/default/files/atoms/files/notice_explicative_emploi_local.pdf',
  'https://drhfpnc.gouv.nc/sites/default/files/atoms/files/formulaire_de_changement_de_corps_ou_de_cadre_demploi.pdf',
  'Mail : DRH-candidature@opt.nc',
  'Dépôt physique : Direction générale, 2 rue Paul Montchovet, Port Plaisance 98841 Nouméa Cédex',
  'Voie postale : idem que ci-dessus',
  'sous couvert de la voie hiérarchique',
];

/** Every real document with a "Pour répondre à cette offre" block: what its answer must show. */
const REAL: ReadonlyArray<[string, readonly string[]]> = [
  [
    '3134-26-0624/SR',
    [
      'CV détaillé, lettre de motivation, photocopie des diplômes',
      'Voie postale : Direction Générale 2 rue Montchovet, Port Plaisance 98841 NOUMÉA Cedex',
      'Dépôt physique (adresse) : idem que ci-dessus',
      'Mail (adresse) : drh-candidature@opt.nc',
      'Notice explicative',
      'sous couvert de la voie hiérarchique',
    ],
  ],
  ...['0672', '0674', '0676', '0678', '0680', '0682', '0684', '0686', '0688', '0690', '0692'].map(
    (n): [string, readonly string[]] => [`3134-26-${n}/SR`, DPSP],
  ),
  ...['0705', '0713', '0715', '0717'].map((n): [string, readonly string[]] => [
    `3134-26-${n}/SR`,
    DT,
  ]),
  ...['0747', '0752', '0754', '0778'].map((n): [string, readonly string[]] => [
    `3134-26-${n}/SR`,
    DRHFPNC_FORMS,
  ]),
];

/** Markdown the answer must never show, and a block cut before its end. */
const NEVER = ['**', '](', 'mailto:', '### ', '• Les candidatures de fonctionnaires', '*Les'];

describe('"comment postuler ?" gives the document\'s whole application block', () => {
  let real: LoadedAssistant;
  beforeAll(async () => {
    real = await createAssistant({
      dataDir: 'test/fixtures/real-avp',
      clock: fixedClock('2026-05-25'),
    });
  });

  it.each(REAL)('%s', async (reference, says) => {
    const answer = await real.ask({
      conversation: `apply-${reference}`,
      text: `comment postuler à l'offre ${reference} ?`,
    });
    expect(answer.intent).toBe('offer.apply');
    expect(answer.offers.map((o) => o.reference)).toEqual([reference]);
    for (const words of says) expect(answer.text).toContain(words);
    for (const words of NEVER) expect(answer.text).not.toContain(words);
    // Never cut mid-sentence: the answer does not stop on "par :" nor on an ellipsis.
    expect(answer.text).not.toMatch(/(?::|…)\s*»?\s*$/);
  });

  it.each([
    ['3134-25-0977/SR', '2025-07-20'],
    ['3134-25-0833/SR', '2025-06-10'],
  ])(
    'a seed without a block (%s) says the document is silent, no address made up',
    async (reference, day) => {
      const seeds = await seedAssistant(day);
      const answer = await seeds.ask({
        conversation: 'apply-seed',
        text: `comment postuler à l'offre ${reference} ?`,
      });
      expect(answer.text).toContain('ne précise pas comment postuler');
      expect(answer.text).not.toContain('@');
    },
  );
});
