import vm from 'node:vm';
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
  // card numbers: 13 to 19 digits, grouped by spaces or dashes (in one run: a long number)
  ['ma carte 4970 1012 3456 7890 expire', 'ma carte <carte> expire'],
  ['4970-1012-3456-7890', '<carte>'],
  ['cb 4970101234567890 svp', 'cb <nombre> svp'],
  ['amex 3782 822463 10005', 'amex <carte>'],
  ['6304 0000 0000 0000 018', '<carte>'],
  // IBANs (New Caledonian accounts have French-format IBANs)
  ['mon IBAN FR76 3000 6000 0112 3456 7890 189 merci', 'mon iban <iban> merci'],
  ['FR7630006000011234567890189', '<iban>'],
  ['iban : fr76-1468-9000-0100-0123-4567-842', 'iban : <iban>'],
  ['rib FR76 1444 9000 0500 013M 0260 242 pour le salaire', 'rib <iban> pour le salaire'],
  // birth dates: numeric and written months, after dn, ddn, date de naissance, né(e) le
  ['mon dn 03/03/1990', 'mon <naissance>'],
  ['ddn : 3/3/90, je peux postuler ?', '<naissance>, je peux postuler ?'],
  ['ma date de naissance est le 12 juin 1985', 'ma <naissance>'],
  ['Date de naissance : 1er janvier 2001', '<naissance>'],
  ['né(e) le 03.03.1990 à Lifou', '<naissance> a lifou'],
  ['née le 12-03-1985', '<naissance>'],
  ['je suis né en 1990', 'je suis <naissance>'],
  ['née en mars 1990, trop vieille ?', '<naissance>, trop vieille ?'],
  ['DDN 3 févr. 1990', '<naissance>'],
  // names after a French self-introduction
  ['je suis jean dupont', 'je suis <nom>'],
  [
    'je suis jean dupont et je cherche un poste à Koné',
    'je suis <nom> et je cherche un poste a kone',
  ],
  ["je m'appelle Marie", "je m'appelle <nom>"],
  ["c'est Mme Wamytan", "c'est <nom>"],
  ['mon nom : dupont', 'mon nom : <nom>'],
  ['mon nom: Dupont', 'mon nom: <nom>'],
  ["mon prénom c'est Sione", "mon prenom c'est <nom>"],
  ['Je suis Marie-Claire Hnawia, infirmière', 'je suis <nom>, infirmiere'],
  ["bonjour, c'est jean-pierre", "bonjour, c'est <nom>"],
  ['je mappelle kevin wahoulo', 'je mappelle <nom>'],
  [
    'je me présente : Petelo Tuifua, je voudrais postuler',
    'je me presente : <nom>, je voudrais postuler',
  ],
  // registration and social-security numbers
  ['mon ridet 1234567.001', 'mon ridet <nombre>'],
  ['ridet 1 234 567 001', 'ridet <nombre>'],
  ['numéro de sécu 1 85 03 75 116 238 42', 'numero de secu <nombre>'],
  ['secu 185037511623842', 'secu <nombre>'],
  // invisible characters neither hide a datum from the patterns nor reach the admin page
  ['appelez le 26\u200B77\u200B98', 'appelez le <tel>'],
  ['je suis \u202Ejean\u202C dupont', 'je suis <nom>'],
  ['mon dn 03/\u200D03/1990', 'mon <naissance>'],
  // dates that are not birth dates, and what follows "je suis" that is not a name, stay
  ['date limite le 03/03/2026', 'date limite le 03/03/2026'],
  ['offre publiée le 3 mars 2026 ?', 'offre publiee le 3 mars 2026 ?'],
  ['les offres du 12-06-2025', 'les offres du 12-06-2025'],
  ['je suis infirmier', 'je suis infirmier'],
  ['je suis intéressé par le poste', 'je suis interesse par le poste'],
  ['je suis intéressée', 'je suis interessee'],
  ["je suis à la recherche d'un emploi", "je suis a la recherche d'un emploi"],
  ['je suis titulaire du concours', 'je suis titulaire du concours'],
  ['je suis disponible en janvier 2026', 'je suis disponible en janvier 2026'],
  ["c'est pour un poste de cadre", "c'est pour un poste de cadre"],
  ["c'est combien le salaire ?", "c'est combien le salaire ?"],
  ['je ne le sais pas', 'je ne le sais pas'],
  ['dn de la province sud', 'dn de la province sud'],
  ['le fr76 est quoi', 'le fr76 est quoi'],
  ['2025 2026 2027', '2025 2026 2027'],
];

/**
 * Inputs built to make a backtracking regex explode (long runs of what a pattern
 * almost matches), 500 characters each: the longest message a channel accepts.
 */
const ADVERSARIAL: string[] = [
  '1 ',
  '1-',
  '12 ',
  '1234 ',
  '1234-',
  '1',
  'a',
  'a ',
  "a'",
  'a-',
  '+1',
  '00',
  '1/',
  '1.',
  'fr76 ',
  'fr761234',
  'ne le 1/',
  'ddn ',
  'date de naissance ',
  'je suis jean ',
  'je suis ',
  "je m'appelle ",
  'mon nom : ',
  "c'est mme ",
  'mme a ',
  '12 rue a ',
  'a@a.',
  'http://',
  '3134-25-',
].map((unit) => `${unit.repeat(Math.ceil(500 / unit.length)).slice(0, 499)}!`);

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

  // A liveness check, not a benchmark: a linear pattern takes well under a millisecond on 500
  // characters (`npx tsx bench/scrub.ts`); a backtracking one takes seconds to forever, so the
  // patterns run under vm's watchdog, which stops a runaway regex and fails the test instead.
  it.each(ADVERSARIAL.map((text) => [text.slice(0, 24), text]))(
    'scrubs a 500-character adversarial input (%j…) in linear time',
    (_, text) => {
      const run = (patterns: readonly RegExp[]) =>
        vm.runInNewContext(
          'for (const p of patterns) text.replace(p, "")',
          { patterns, text },
          {
            timeout: 2_000,
          },
        );
      for (const { name, pattern } of SCRUB_PATTERNS)
        expect(() => run([pattern]), name).not.toThrow();
      expect(() => scrubPersonalData(text)).not.toThrow();
    },
  );

  it('the linear-time check catches a backtracking pattern', () => {
    const text = ADVERSARIAL.find((t) => t.startsWith('aaaa')) ?? '';
    expect(() =>
      vm.runInNewContext('text.replace(/(?:a+)+b/g, "")', { text }, { timeout: 200 }),
    ).toThrow(/timed out/);
  });

  it('has a case for every pattern', () => {
    const placeholders = new Set(SCRUB_PATTERNS.map((p) => p.replacement.replace(/^\$1 ?/, '')));
    for (const placeholder of placeholders)
      expect(CASES.some(([, kept]) => kept.includes(placeholder))).toBe(true);
  });
});
