import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../src/nlu/classifier.ts';
import { loadIntentCorpus } from '../../src/nlu/intentCorpus.ts';
import { createUnderstander } from '../../src/nlu/understand.ts';
import { Catalog } from '../../src/offers/catalog.ts';

const noOffers = new Catalog([], [], new Date(0));

const corpus = loadIntentCorpus('intents');
const understand = createUnderstander(trainClassifier(corpus), corpus);

describe('understand: e-mail addresses and links are not words of the question', () => {
  it.each([
    ['asdf qwer marie@gouv.nc', null, []],
    ['contact@province-sud.nc', null, []],
    ['https://www.province-nord.nc/koné', null, []],
    ['les offres de la cafat, mon mail est jean@opt.nc', 'cafat', []],
    ['les offres du gouvernement ? jean@opt.nc', 'gouvernement', []],
    ['des postes à Koné ? écrivez-moi à paul@noumea.nc', null, ['Koné']],
  ])('%s', (text, employer, places) => {
    const understood = understand(text, '2025-06-10', noOffers);
    expect(understood.query.employer?.said ?? null).toBe(employer);
    expect(
      understood.query.places.map(({ place: p }) =>
        p.kind === 'commune' ? p.commune.name : p.province,
      ),
    ).toEqual(places);
  });

  it('still reads the reference of a pasted offer link', () => {
    const understood = understand(
      'et ça https://bot.example.nc/offres/3134-25-0699%2FSR ?',
      '2025-06-10',
      noOffers,
    );
    expect(understood.query.offers.length).toBeGreaterThan(0);
    expect(understood.query.employer).toBeNull();
  });
});
