import { describe, expect, it } from 'vitest';
import { MAX_SCRUBBED_LENGTH, scrubPersonalData } from '../../../src/dialog/learning/scrub.ts';
import { SCRUB_PATTERNS } from '../../../src/dialog/learning/scrubPatterns.ts';

/** [message, what is kept]: every personal datum replaced, the question itself intact. */
const CASES: Array<[string, string]> = [
  // e-mails and links
  ['Mon mail : Jean.Dupont+avp@gouv.nc merci', 'mon mail : <email> merci'],
  ['écrivez à marie_wamytan@province-sud.nc', 'ecrivez a <email>'],
  ['voir https://emploi.gouv.nc/offre?id=42&user=jean', 'voir <url>'],
  ['www.exemple.nc/moncv', '<url>'],
  // New Caledonian phone numbers, with and without +687
  ['appelez-moi au 26 77 98', 'appelez-moi au <tel>'],
  ['mon numéro 79.12.34 svp', 'mon numero <tel> svp'],
  ['tel 267798', 'tel <tel>'],
  ['joignable au 79-12-34', 'joignable au <tel>'],
  ['+687 26 77 98', '<tel>'],
  ['+687267798', '<tel>'],
  ['00687 79 12 34', '<tel>'],
  // other phone numbers
  ['06 12 34 56 78', '<tel>'],
  ['+33 6 12 34 56 78 en metropole', '<tel> en metropole'],
  // long digit runs (RIDET, CAFAT, accounts)
  ['mon numéro cafat est 1234567', 'mon numero cafat est <nombre>'],
  ['ridet 0 123 456 789', 'ridet <nombre>'],
  ['iban 14 12 34 56 78', 'iban <nombre>'],
  // names
  ["Je m'appelle Jean Dupont et je cherche un poste", "je m'appelle <nom> et je cherche un poste"],
  ['je m’appelle Marie-Claire', "je m'appelle <nom>"],
  ['Bonjour, je suis M. Wamytan, quels postes ?', 'bonjour, je suis <nom>, quels postes ?'],
  ['je suis Mme Gope', 'je suis <nom>'],
  ['Madame Nicolas a postulé', '<nom> a postule'],
  ['mon nom est Kaloi', 'mon nom est <nom>'],
  ["moi c'est Tein, je voudrais postuler", "moi c'est <nom>, je voudrais postuler"],
  // birth dates and addresses
  ['née le 12/03/1985, ai-je le droit ?', '<naissance>, ai-je le droit ?'],
  ['né le 3 mars 1990', '<naissance>'],
  ["j'habite 12 rue Jules Ferry et je cherche", "j'habite <adresse> et je cherche"],
  ['au 4 bis allee des flamboyants', 'au <adresse>'],
  // what must stay
  ['je suis infirmière à Koné', 'je suis infirmiere a kone'],
  ['madame la directrice', 'madame la directrice'],
  ["moi c'est pour un poste", "moi c'est pour un poste"],
  ['postes publiés avant le 30/06/2025', 'postes publies avant le 30/06/2025'],
  ['le salaire est de 250 000 XPF ?', 'le salaire est de 250 000 xpf ?'],
  ['offres entre 2025 et 2026', 'offres entre 2025 et 2026'],
  ['je ne le trouve pas', 'je ne le trouve pas'],
  // references become one slot, so questions about different offers add up
  ['date limite de 3134-25-0833/SR ?', 'date limite de <reference> ?'],
  ['et le 25-0699', 'et le <reference>'],
  // several at once
  ['Je suis M. Dupont, 26 77 98, jean@dupont.nc', 'je suis <nom>, <tel>, <email>'],
];

describe('scrubPersonalData', () => {
  it.each(CASES)('%j → %j', (message, kept) => {
    expect(scrubPersonalData(message)).toBe(kept);
  });

  it('is idempotent', () => {
    for (const [message] of CASES) {
      const once = scrubPersonalData(message);
      expect(scrubPersonalData(once)).toBe(once);
    }
  });

  it('caps long messages on a word boundary', () => {
    const scrubbed = scrubPersonalData('quels postes sont ouverts '.repeat(30));
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_SCRUBBED_LENGTH + 1);
    expect(scrubbed.endsWith('…')).toBe(true);
    expect(scrubbed).not.toMatch(/ …$/);
  });

  it('has a case for every pattern', () => {
    const placeholders = new Set(SCRUB_PATTERNS.map((p) => p.replacement.replace('$1 ', '')));
    for (const placeholder of placeholders)
      expect(CASES.some(([, kept]) => kept.includes(placeholder))).toBe(true);
  });
});
