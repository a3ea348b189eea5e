import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuery } from '../../../src/nlu/query/extractors.ts';
import type { Query } from '../../../src/nlu/query/query.ts';
import type { Catalog } from '../../../src/offers/catalog.ts';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import { words } from '../../../src/text/tokens.ts';

let real: Catalog;
let seeds: Catalog;
beforeAll(async () => {
  real = await loadCatalog('test/fixtures/real-avp', new Date('2026-05-20T00:00:00Z'));
  seeds = await loadCatalog('data/offers', new Date('2025-06-01T00:00:00Z'));
});

function query(text: string, catalog = real): Query {
  return extractQuery({
    text,
    said: text,
    words: words(text),
    today: '2026-05-20',
    vocabulary: catalog,
  });
}

/** Places as "Commune[/quarter][@area]:polarity". */
function places(q: Query): string[] {
  return q.places.map(({ place, polarity }) => {
    if (place.kind === 'province') return `${place.province}:${polarity}`;
    const quarter = place.quarter === undefined ? '' : `/${place.quarter}`;
    const area = place.area === undefined ? '' : `@${place.area}`;
    return `${place.commune.name}${quarter}${area}:${polarity}`;
  });
}

describe('places with a polarity, areas and quarters', () => {
  it.each([
    ['des offres pas à Nouméa encore ouvertes ?', ['Nouméa:notIn']],
    ['offres en dehors de noumea ?', ['Nouméa:notIn']],
    ['sauf Nouméa', ['Nouméa:notIn']],
    ['hors Nouméa', ['Nouméa:notIn']],
    ["ailleurs qu'à Nouméa", ['Nouméa:notIn']],
    ['ni à Nouméa ni à Dumbéa', ['Nouméa:notIn', 'Dumbéa:notIn']],
    ['sauf Nouméa et Dumbéa', ['Nouméa:notIn', 'Dumbéa:notIn']],
    [
      'en dehors du Grand Nouméa',
      [
        'Nouméa@Grand Nouméa:notIn',
        'Dumbéa@Grand Nouméa:notIn',
        'Mont-Dore@Grand Nouméa:notIn',
        'Païta@Grand Nouméa:notIn',
      ],
    ],
    ['Quelles offres sont proposées à Ducos ?', ['Nouméa/Ducos:in']],
    ['les offres dont le lieu de travail se situe à PK5', ['Nouméa/PK5:in']],
    ['les offre a Port Plaisance ?', ['Nouméa/Port Plaisance:in']],
    // negative cases: asked for, not excluded
    ['des offres à Nouméa', ['Nouméa:in']],
    ['je sais pas, des offres à Koné ?', ['Koné:in']],
    ["y a pas d'offres à Koné ?", ['Koné:in']],
    ['offres non pourvues à Nouméa', ['Nouméa:in']],
    ['offres pas à Nouméa mais à Koné', ['Nouméa:notIn', 'Koné:in']],
  ])('« %s »', (text, expected) => {
    expect(places(query(text))).toEqual(expected);
  });
});

describe('directions and services', () => {
  const DT = 'Direction des télécommunications';
  const DPSP = 'Direction de la poste et des services de proximité';
  it.each([
    ['vous avez quoi côté télécoms ?', [`${DT}:in`]],
    ['ya koi comme postes a la DPSP en ce moment', [`${DPSP}:in`]],
    [
      'Quels postes sont proposés par la Direction de la Distribution ?',
      ['Direction de la distribution:in'],
    ],
    ['offres distribution', ['Direction de la distribution:in']],
    ["Direction des Moyens et de l'Immobilier", ["Direction des moyens et de l'immobilier:in"]],
    ['la poste et les services de proximité', [`${DPSP}:in`]],
    ['la direction des télécommunications', [`${DT}:in`]],
    ['lesquelles ne relèvent pas de la Direction de la Poste', [`${DPSP}:notIn`]],
    ['offres hors DPSP', [`${DPSP}:notIn`]],
    ['les postes du service pilotage et performance', ['Service pilotage et performance:in']],
    // negative cases
    ['g vu une annonce pr un poste RH a la poste', []],
    ['des offres à Nouméa', []],
    ['services de proximité', []],
    ["je cherche l'offre de chef de section expérience commerciale", []],
  ])('« %s »', (text, expected) => {
    expect(query(text).units.map((u) => `${u.name}:${u.polarity}`)).toEqual(expected);
  });
});

describe('corps', () => {
  it.each([
    ['Quelles offres sont ouvertes au corps des contrôleurs ?', ['controleur'], real],
    ['les ofres pour les cadres techniques', ['cadre technique'], real],
    ["Quelles sont les offres relevant d'un emploi fonctionnel ?", ['emploi fonctionnel'], real],
    ["postes agent d'exploitation", ['agent d exploitation'], real],
    ['technicien supérieur', ['technicien superieur'], real],
    ['le corps des techniciens', ['technicien'], real],
    ['redacteur ouverts auj', ['redacteur'], seeds],
    // negative cases: a title word is a job, not a corps, without "corps"
    ['des offres de technicien à Nouméa ?', [], real],
    ['offres à Nouméa', [], real],
  ])('« %s »', (text, expected, catalog) => {
    expect(query(text, catalog).corps.map((c) => c.phrase)).toEqual(expected);
  });
});

describe('keywords: content words of titles and missions only', () => {
  it.each([
    ['un poste basé à Nouméa qui reste bon', []],
    ['quels postes sont proposées en ce moment', []],
    ['du travail, un taf, un boulot, un emploi, une annonce', []],
    ['Quels postes sont à pourvoir au sein de la Direction des Moyens', []],
    // words that name a title are an offer mention, not keywords (test/nlu/query/naming.test.ts)
    ['y a des postes dans la cybersécurité ?', []],
    ['des offres de technicien à Nouméa ?', []],
    // positive cases: what the offers' missions are about
    ['un poste qui touche au courrier ?', ['courrier']],
  ])('« %s »', (text, expected) => {
    expect(query(text).keywords).toEqual(expected);
  });
});
