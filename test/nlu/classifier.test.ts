import { beforeAll, describe, expect, it } from 'vitest';
import { loadIntentCorpus, type IntentData } from '../../src/nlu/intentCorpus.ts';
import { trainClassifier, type IntentClassifier } from '../../src/nlu/classifier.ts';
import { heldOut } from '../../src/nlu/evaluation/evaluate.ts';
import { cleanWords, features } from '../../src/nlu/features/features.ts';

/** Held-out accuracy measured when the features were chosen (89.4 %), minus a small margin. */
const HELD_OUT_FLOOR = 0.88;

let corpus: IntentData[];
let classifier: IntentClassifier;

beforeAll(() => {
  corpus = loadIntentCorpus('intents');
  classifier = trainClassifier(corpus);
});

describe('intent classifier', () => {
  it(`reaches ${HELD_OUT_FLOOR * 100} % on the held-out tests`, () => {
    expect(heldOut(corpus).accuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it.each([
    ['bonjour', 'greeting'],
    ['bonsoiiir', 'greeting'],
    ['date limite', 'offer.deadline'],
    ['Diplôme demandé', 'offer.requirements'],
    ['Offres ouvertes', 'offers.list'],
    ['Aide', 'help'],
    ['quels postes sont ouverts à Nouméa ?', 'offers.list'],
    ["quel diplôme faut-il pour le poste de chargé de relation à l'usager ?", 'offer.requirements'],
    ['quelle est la date limite pour le poste de travailleur social ?', 'offer.deadline'],
    ['et la date limite ?', 'offer.deadline'],
    ['des offres a dumbea ?', 'offers.list'],
    ['combien d’offres à Koné ?', 'offers.count'],
    ["c'est où le poste ?", 'offer.location'],
    ['merci', 'thanks'],
    ['au revoir', 'goodbye'],
    ['quel temps fait-il ?', 'outOfScope'],
  ])('« %s » → %s', (text, intent) => {
    expect(classifier.classify(text)[0]?.intent).toBe(intent);
  });

  it('returns every intent, best first, with confidences summing to 1', () => {
    const guesses = classifier.classify('jusqu’à quand je peux postuler ?');
    expect(guesses).toHaveLength(corpus.length);
    const confidences = guesses.map((g) => g.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(confidences.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const c of confidences) expect(c).toBeGreaterThanOrEqual(0);
  });

  it('gives a uniform guess, not NaN, for a message without known features', () => {
    const guesses = classifier.classify('zzzz');
    for (const g of guesses) expect(Number.isFinite(g.confidence)).toBe(true);
  });
});

describe('features', () => {
  it('expands SMS spellings, a lone "c" and collapses stretched letters', () => {
    expect(cleanWords('c koi jveux')).toEqual(['c', 'est', 'quoi', 'je', 'veux']);
    expect(cleanWords("c'est bonsoiiir")).toEqual(['c', 'est', 'bonsoir']);
    expect(cleanWords('a+')).toEqual(['a', 'plus']);
  });

  it('masks places, numbers and job titles', () => {
    const f = features("la ref du poste d'agent d'entretien à Koné, le 25-0833");
    expect(f.has('@lieu')).toBe(true);
    expect(f.has('@num')).toBe(true);
    expect(f.has('@metier')).toBe(true);
    expect([...f.keys()].some((k) => k.includes('entretien') || k.includes('kone'))).toBe(false);
  });
});
