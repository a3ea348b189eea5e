import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../src/nlu/query/extractor.ts';
import { Catalog } from '../../../src/offers/catalog.ts';
import { extractQuery } from '../../../src/nlu/query/extractors.ts';
import type { Query } from '../../../src/nlu/query/query.ts';
import { normalizeWords } from '../../../src/text/normalize.ts';

/** A catalog that names nothing: the fields under test never depend on offers. */
const NOTHING: CatalogVocabulary = new Catalog([], [], new Date(0));

function query(text: string, today = '2026-05-26'): Query {
  const words = normalizeWords(text).split(' ').filter(Boolean);
  return extractQuery({ text, said: text, words, today, vocabulary: NOTHING });
}

describe('date: what a day or a window selects', () => {
  it.each([
    ["Quelles offres sont ouvertes aujourd'hui ?", { kind: 'openOn', day: '2026-05-26' }],
    ['ouvertes ce jour', { kind: 'openOn', day: '2026-05-26' }],
    ['Des offres sont-elles encore ouvertes à ce jour ?', { kind: 'openOn', day: '2026-05-26' }],
    ['Quelles offres seront encore ouvertes le 3 juin ?', { kind: 'openOn', day: '2026-06-03' }],
    ['ouvertes le 12 mai dernier ?', { kind: 'openOn', day: '2026-05-12' }],
    ["quoi d'ouvert aujourd'hui ?", { kind: 'openOn', day: '2026-05-26' }],
    [
      "qu'est-ce qui ferme avant la fin du mois ?",
      { kind: 'deadline', start: null, end: '2026-05-31' },
    ],
    ['ça ferme quoi cette semaine', { kind: 'deadline', start: '2026-05-25', end: '2026-05-31' }],
    [
      "c'est le dernier jour pour quelles offres ?",
      { kind: 'deadline', start: '2026-05-26', end: '2026-05-26' },
    ],
    ["qui ferme aujourd'hui ?", { kind: 'deadline', start: '2026-05-26', end: '2026-05-26' }],
    [
      'quelles offres ont été publiées cette semaine ?',
      { kind: 'published', start: '2026-05-25', end: '2026-05-31' },
    ],
    ['publiées ce matin', { kind: 'published', start: '2026-05-26', end: '2026-05-26' }],
    ['publiées depuis lundi', { kind: 'published', start: '2026-05-25', end: null }],
    // negative: nothing dated, or the years of a residence claim
    ['lequel ferme le plus tard', null],
    ['je vis ici depuis cinq ans, offres accessibles ?', null],
    ['arrivé il y a 6 ans, quelles offres ?', null],
    ['le dernier', null],
  ])('%s', (text, expected) => {
    const date = query(text).date;
    if (expected === null) expect(date).toBeNull();
    else expect(date).toMatchObject(expected);
  });
});

describe('status: closed is an adjective, "ferme" a verb', () => {
  it.each([
    ['les offres fermées', 'closed'],
    ['offres closes ?', 'closed'],
    ['combien d offres en tout, ouvertes ou fermees ?', 'any'],
    ['toutes les offres', 'any'],
    ["qu'est-ce qui ferme cette semaine ?", null],
    ['ça ferme quoi', null],
    ['lequel ferme en premier', null],
  ])('%s', (text, expected) => {
    expect(query(text).status).toBe(expected);
  });
});

describe('sort: a facet and an order', () => {
  it.each([
    ['lequel ferme le plus tard', { key: 'deadline', order: 'desc' }],
    ['lequel ferme en premier', { key: 'deadline', order: 'asc' }],
    ['lequel ferme en 1er', { key: 'deadline', order: 'asc' }],
    ['la 1ere qui ferme c laquelle', { key: 'deadline', order: 'asc' }],
    ['kel offre ferme en dernier', { key: 'deadline', order: 'desc' }],
    ['classe les par date limite stp', { key: 'deadline', order: 'asc' }],
    ['laquelle des offres a ete publiee en premier ?', { key: 'publishedOn', order: 'asc' }],
    ['la plus récente', { key: 'publishedOn', order: 'desc' }],
    ['Quelle offre exige la plus longue durée de résidence ?', { key: 'residence', order: 'desc' }],
    ['laquelle exige la durée de résidence la plus longue ?', { key: 'residence', order: 'desc' }],
    ['quel poste encadre le plus de personnes ?', { key: 'teamTotal', order: 'desc' }],
    ['qui a la plus grosse équipe ?', { key: 'teamTotal', order: 'desc' }],
    ['plus gros encadrement', { key: 'teamTotal', order: 'desc' }],
    ["lequel a le plus d'agents encadrés en direct ?", { key: 'teamDirect', order: 'desc' }],
    ['lequel a le plus de postes à pourvoir', { key: 'positions', order: 'desc' }],
    // negative: no order asked
    ['Je réside en Nouvelle-Calédonie depuis huit ans', null],
    ["c'est le dernier jour pour quelles offres ?", null],
    ['quelle est la date limite ?', null],
    ['qui ferme cette semaine ?', null],
    ['le premier', null],
  ])('%s', (text, expected) => {
    const sort = query(text).sort;
    if (expected === null) expect(sort).toBeNull();
    else expect(sort).toMatchObject(expected);
  });
});

describe('rank: a place in the last list', () => {
  it.each([
    ['le 1er', 1],
    ['le 3e', 3],
    ['la 1ere', 1],
    ['le dernier', -1],
    ['le deuxième', 2],
    ['le 2eme c ou ?', 2],
    // negative
    ["c'est le dernier jour pour quelles offres ?", null],
    ['lequel ferme en 1er', null],
    ['kel offre ferme en dernier', null],
    ['j ai 10 ans de residence', null],
  ])('%s', (text, expected) => {
    expect(query(text).rank).toBe(expected);
  });
});

describe('count and amongLast', () => {
  it.each([
    ["combien d'offres ouvertes ?", true, false],
    ['lequel des deux ferme en premier ?', false, true],
    ['parmi elles, lesquelles sont à Nouméa ?', false, true],
    ['laquelle ferme en dernier ?', false, true],
    ['parmi les offres ouvertes laquelle ferme en premier', false, true],
    ['les offres à Koné', false, false],
  ])('%s', (text, count, amongLast) => {
    const q = query(text);
    expect(q.count).toBe(count);
    expect(q.amongLast).toBe(amongLast);
  });
});

describe('residence: what the user says of their own residence', () => {
  it.each([
    ["J'ai 22 ans et j'habite ici depuis 3 ans", { kind: 'years', years: 3 }],
    ['je suis en caledonie depui 9 ans et demi', { kind: 'years', years: 9.5 }],
    ['Je suis arrivé en Nouvelle-Calédonie il y a 6 ans.', { kind: 'years', years: 6 }],
    ['jsui arrivé en caledonie ya 1 an', { kind: 'years', years: 1 }],
    ['je suis là depuis 2019', { kind: 'since', year: 2019 }],
    ['arrivée en 2015', { kind: 'since', year: 2015 }],
    ['residence 5 ans pile, eligible 0977 ?', { kind: 'years', years: 5 }],
    ['Je réside en Nouvelle-Calédonie depuis douze ans.', { kind: 'years', years: 12 }],
    ['ça fait exactement 10 ans que je vis ici', { kind: 'years', years: 10 }],
    ['g 8 ans de residence', { kind: 'years', years: 8 }],
    ["moi j'ai 7 ans de residence", { kind: 'years', years: 7 }],
    // negative: an age, experience, a requirement, an identity
    ["J'ai 22 ans", null],
    ["j'ai 10 ans d'expérience", null],
    ['quelle offre exige 10 ans de résidence ?', null],
    ['je suis kanak', null],
    ['je suis caldoche, je peux postuler ?', null],
    ['les offres publiées en 2025', null],
  ])('%s', (text, expected) => {
    const claim = query(text).residence;
    if (expected === null) expect(claim).toBeNull();
    else expect(claim).toEqual(expected);
  });
});
