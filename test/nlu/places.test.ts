import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/nlu/entities/places.ts';
import { COMMUNES } from '../../src/text/places.ts';
import { words } from '../../src/text/tokens.ts';

function placeNames(text: string): string[] {
  return findPlaces(words(text)).map((p) =>
    p.kind === 'commune' ? p.commune.name : `province:${p.province}`,
  );
}

describe('places named in a message', () => {
  it('knows the 33 communes', () => {
    expect(COMMUNES).toHaveLength(33);
  });

  it.each([
    ['quels postes sont ouverts à Nouméa ?', ['Nouméa']],
    ['des offres a noumea', ['Nouméa']],
    ['des offres a noumae', ['Nouméa']],
    ['un poste a nouema', ['Nouméa']],
    ['je veux bosser a dumbea', ['Dumbéa']],
    ['au mont dore ou a paita', ['Mont-Dore', 'Païta']],
    ['un poste à Ducos ?', ['Nouméa']],
    ['offre a Tuo Cèmuhî', ['Touho']],
    ['vers Pweevo', ['Pouébo']],
    ['a koumak stp', ['Koumac']],
    ['et dans le nord ?', ['province:nord']],
    ['aux iles loyaute', ['province:iles']],
    ['ile des pins', ['Île des Pins']],
  ])('« %s » names %j', (text, expected) => {
    expect(placeNames(text)).toEqual(expected);
  });

  it.each([
    ['pour le poste de travailleur social'],
    ["chargé de relation à l'usager"],
    ['quel diplôme faut-il ?'],
    ['pour un travail'],
  ])('« %s » names no place', (text) => {
    expect(placeNames(text)).toEqual([]);
  });
});
