import { describe, expect, it } from 'vitest';
import { findDateMentions, findDateRange } from '../../../src/nlu/dates/index.ts';
import type { DateMention } from '../../../src/nlu/dates/index.ts';
import { easterSunday } from '../../../src/nlu/dates/parsers/holidayParser.ts';

/** Reference day: Wednesday 11 June 2025 (week Mon 9 – Sun 15). */
const TODAY = '2025-06-11';

type Row = [
  text: string,
  start: string | null,
  end: string | null,
  relation: DateMention['relation'],
];

const on = (text: string, day: string): Row => [text, day, day, 'on'];

const CASES: Row[] = [
  // deadlines: prepositions give open bounds (the gaps of the recognizer)
  ['les offres qui ferment avant le 30 juin', null, '2025-06-29', 'before'],
  ["jusqu'au 30 juin", null, '2025-06-30', 'before'],
  ['au plus tard le 30 juin', null, '2025-06-30', 'before'],
  ['le 30 juin au plus tard', null, '2025-06-30', 'before'],
  ['après le 15 juillet', '2025-07-16', null, 'after'],
  ['à partir du 1er juillet', '2025-07-01', null, 'after'],
  ['dès le 20 juin', '2025-06-20', null, 'after'],
  ['publiées depuis lundi', '2025-06-09', null, 'after'],
  ['depuis le 2 juin', '2025-06-02', null, 'after'],
  ['avant fin juin', null, '2025-06-30', 'before'],
  ['avant juillet', null, '2025-06-30', 'before'],
  ["jusqu'en août", null, '2025-08-31', 'before'],
  ['depuis 2024', '2024-01-01', null, 'after'],
  // holidays (New Caledonia's, and feasts users name as dates)
  ['les offres qui ferment avant Noël', null, '2025-12-24', 'before'],
  ['à la Toussaint', '2025-11-01', '2025-11-01', 'on'],
  ["jusqu'au jour de l'an", null, '2026-01-01', 'before'],
  ['publiées depuis Pâques', '2025-04-20', null, 'after'],
  ["après l'Ascension", '2026-05-15', null, 'after'],
  ["publiées après l'Ascension", '2025-05-30', null, 'after'],
  ['avant la veille de Noël', null, '2025-12-23', 'before'],
  ['le lendemain de la Toussaint', '2025-11-02', '2025-11-02', 'on'],
  ["la veille du jour de l'an", '2025-12-31', '2025-12-31', 'on'],
  ["entre Noël et le jour de l'an", '2025-12-25', '2026-01-01', 'within'],
  ["de Noël au jour de l'an", '2025-12-25', '2026-01-01', 'within'],
  ['de Pâques à la Pentecôte', '2026-04-05', '2026-05-24', 'within'],
  ['publiées de la Toussaint à Noël', '2024-11-01', '2024-12-25', 'within'],
  ['pendant les vacances de la Toussaint', '2025-11-01', '2025-11-01', 'on'],
  ['le jour de Noël', '2025-12-25', '2025-12-25', 'on'],
  ['Noël ?', '2025-12-25', '2025-12-25', 'on'],
  ["l'Ascension", '2026-05-14', '2026-05-14', 'on'],
  ['entre lundi et le vendredi', '2025-06-09', '2025-06-13', 'within'],
  ['avant la fête de la citoyenneté', null, '2025-09-23', 'before'],
  ['le lundi de Pentecôte 2026', '2026-05-25', '2026-05-25', 'on'],
  ['noel 2024', '2024-12-25', '2024-12-25', 'on'],
  // weeks and months
  ['qui se terminent cette semaine', '2025-06-09', '2025-06-15', 'within'],
  ['la semaine prochaine', '2025-06-16', '2025-06-22', 'within'],
  ['semaine pro', '2025-06-16', '2025-06-22', 'within'],
  ['la semaine dernière', '2025-06-02', '2025-06-08', 'within'],
  ['dans la semaine', '2025-06-11', '2025-06-15', 'within'],
  ['ce week-end', '2025-06-14', '2025-06-15', 'within'],
  ['la semaine du 14 juillet', '2025-07-14', '2025-07-20', 'within'],
  ['ce mois-ci', '2025-06-01', '2025-06-30', 'within'],
  ['le mois prochain', '2025-07-01', '2025-07-31', 'within'],
  ['le mois dernier', '2025-05-01', '2025-05-31', 'within'],
  // parts of periods (the recognizer gives a whole month)
  ["d'ici la fin du mois", '2025-06-11', '2025-06-30', 'within'],
  ['dici la fin du mois', '2025-06-11', '2025-06-30', 'within'],
  ['fin juin', '2025-06-21', '2025-06-30', 'within'],
  ['début juillet', '2025-07-01', '2025-07-10', 'within'],
  ['mi-juillet', '2025-07-11', '2025-07-20', 'within'],
  ['à la mi juillet', '2025-07-11', '2025-07-20', 'within'],
  ['fin du mois prochain', '2025-07-21', '2025-07-31', 'within'],
  ["d'ici la fin de l'année", '2025-06-11', '2025-12-31', 'within'],
  ['en fin de semaine', '2025-06-13', '2025-06-15', 'within'],
  // days ("1er" is not resolved by the recognizer)
  on('le 30 juin', '2025-06-30'),
  on('le 1er mai', '2026-05-01'),
  on('1er juillet 2025', '2025-07-01'),
  on('le 1 er octobre', '2025-10-01'),
  on('premier août', '2025-08-01'),
  on('15/06', '2025-06-15'),
  on('15/06/2025', '2025-06-15'),
  on('15.06.25', '2025-06-15'),
  on('2025-06-30', '2025-06-30'),
  on('lundi 14 juillet', '2025-07-14'),
  on('le 2 juin dernier', '2025-06-02'),
  on('le 4 du mois prochain', '2025-07-04'),
  ['avant le 15', null, '2025-06-14', 'before'],
  ['les offres qui ferment le 15', '2025-06-15', '2025-06-15', 'on'],
  ['depuis le 15', '2025-05-15', null, 'after'],
  on('le premier lundi de juillet', '2025-07-07'),
  on('le dernier vendredi de juin', '2025-06-27'),
  // accent-less, abbreviated and typo'd months
  on('le 3 fevrier', '2026-02-03'),
  on('le 14 fevier', '2026-02-14'),
  on('le 15 aout', '2025-08-15'),
  on('le 15 août', '2025-08-15'),
  on('le 5 sept.', '2025-09-05'),
  on('le 5 sept 2025', '2025-09-05'),
  on('le 24 dec', '2025-12-24'),
  on('le 10 juilet', '2025-07-10'),
  on('le 30 JUIN', '2025-06-30'),
  // weekdays: the upcoming one, or the past one after "depuis"/"publiées"
  on('vendredi', '2025-06-13'),
  on('les offres publiées vendredi', '2025-06-06'),
  on('vendredi prochain', '2025-06-13'),
  on('lundi dernier', '2025-06-09'),
  on('mercredi en huit', '2025-06-25'),
  on('jeudi de la semaine prochaine', '2025-06-19'),
  on('les offres publiées le 30 mai', '2025-05-30'),
  on('qui ferment le 30 mai', '2026-05-30'),
  // relative days
  on("aujourd'hui", '2025-06-11'),
  on('auj', '2025-06-11'),
  on('demain', '2025-06-12'),
  on('hier', '2025-06-10'),
  on('après-demain', '2025-06-13'),
  on('avant-hier', '2025-06-09'),
  on('il y a 3 jours', '2025-06-08'),
  // ranges
  ['du 1er mai au 15 juin', '2025-05-01', '2025-06-15', 'within'],
  ['entre le 2 et le 5 juillet', '2025-07-02', '2025-07-05', 'within'],
  ['du 1er au 15 juillet', '2025-07-01', '2025-07-15', 'within'],
  ['entre le 2 juin et le 5 juillet', '2025-06-02', '2025-07-05', 'within'],
  ['du 15/06 au 30/06', '2025-06-15', '2025-06-30', 'within'],
  ['du 15 décembre au 15 janvier', '2025-12-15', '2026-01-15', 'within'],
  // delays (the recognizer returns durations)
  ['sous 15 jours', '2025-06-11', '2025-06-26', 'within'],
  ['dans 2 semaines', '2025-06-11', '2025-06-25', 'within'],
  ["d'ici 10 jours", '2025-06-11', '2025-06-21', 'within'],
  ['dans les 3 mois', '2025-06-11', '2025-09-11', 'within'],
  ['sous huit jours', '2025-06-11', '2025-06-19', 'within'],
  ['ds 15j', '2025-06-11', '2025-06-26', 'within'],
  ['les 10 derniers jours', '2025-06-01', '2025-06-11', 'within'],
  ['la quinzaine', '2025-06-11', '2025-06-26', 'within'],
  ['sous quinzaine', '2025-06-11', '2025-06-26', 'within'],
  // years and months (the recognizer misses "cette année")
  ['cette année', '2025-01-01', '2025-12-31', 'within'],
  ["l'année dernière", '2024-01-01', '2024-12-31', 'within'],
  ["l'an prochain", '2026-01-01', '2026-12-31', 'within'],
  ['en 2024', '2024-01-01', '2024-12-31', 'within'],
  ['en mai 2025', '2025-05-01', '2025-05-31', 'within'],
  ['en juillet', '2025-07-01', '2025-07-31', 'within'],
  ['publiées en mai', '2025-05-01', '2025-05-31', 'within'],
  ["au mois d'aout", '2025-08-01', '2025-08-31', 'within'],
];

describe(`findDateRange, today = ${TODAY} (a Wednesday)`, () => {
  it('the reference day is a Wednesday', () => {
    expect(new Date(`${TODAY}T00:00:00Z`).getUTCDay()).toBe(3);
  });

  it.each(CASES)('« %s » → %s … %s (%s)', (text, start, end, relation) => {
    expect(findDateRange(text, TODAY)).toMatchObject({ start, end, relation });
  });

  it('keeps the words it read, preposition included', () => {
    expect(findDateRange('les offres qui ferment avant le 30 juin ?', TODAY)?.said).toBe(
      'avant le 30 juin',
    );
    expect(findDateRange("Qu'est-ce qui ferme d’ici la fin du mois", TODAY)?.said).toBe(
      "d'ici la fin du mois",
    );
  });

  it('finds every date of a question, in order', () => {
    const mentions = findDateMentions('publiées depuis lundi et qui ferment avant vendredi', TODAY);
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      ['2025-06-09', null],
      [null, '2025-06-12'],
    ]);
  });

  it('refuses a reference day that is not an ISO day', () => {
    expect(() => findDateRange('demain', '11/06/2025')).toThrow(/jour de référence/);
  });
});

describe('no date', () => {
  it.each([
    'quel diplôme faut-il ?',
    'poste de technicien 2e classe',
    'la référence 3134-25-0833/SR',
    "l'offre 25-0833 est encore ouverte ?",
    'offre 25/0833',
    'niveau bac+2',
    '10 ans de résidence',
    'un poste à 1/2 temps',
    'le 2e poste de la liste',
    'les 3 postes de Koné',
    'quels postes sont ouverts à Nouméa ?',
    'je veux une offre en informatique',
    'c est quand la date limite',
    // holiday names that are words or names here
    'une belle ascension professionnelle',
    "l'ascension sociale par le concours",
    "je m'appelle Noël",
    'un stage sur l’île de Pâques',
    'Toussaint Louverture',
    'poste de Noël Dupont',
    '',
  ])('« %s »', (text) => {
    expect(findDateRange(text, TODAY)).toBeNull();
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});
