import { describe, expect, it } from 'vitest';
import { messages } from '../../src/dialog/messages.fr.ts';
import { trainClassifier } from '../../src/nlu/classifier.ts';
import { loadIntentCorpus } from '../../src/nlu/intentCorpus.ts';
import { createUnderstander } from '../../src/nlu/understand.ts';
import { Catalog } from '../../src/offers/catalog.ts';

const noOffers = new Catalog([], [], new Date(0));

const corpus = loadIntentCorpus('intents');
const understand = createUnderstander(trainClassifier(corpus), corpus);

describe('the quick replies the bot offers', () => {
  it.each([
    [messages.quick.openOffers, 'offers.list'],
    [messages.quick.help, 'help'],
    [messages.quick.deadline, 'offer.deadline'],
    [messages.quick.requirements, 'offer.requirements'],
    [messages.quick.missions, 'offer.missions'],
    [messages.quick.apply, 'offer.apply'],
  ])('« %s » always means %s', (text, intent) => {
    expect(understand(text, '2025-06-10', noOffers)).toMatchObject({ intent, confidence: 1 });
  });

  it('compares commands without accents, case or punctuation', () => {
    expect(understand('  AIDE !', '2025-06-10', noOffers).intent).toBe('help');
    expect(understand('diplome demande', '2025-06-10', noOffers).intent).toBe('offer.requirements');
  });

  it('leaves longer messages to the classifier', () => {
    expect(
      understand("aide-moi à trouver la date limite du poste d'infirmier", '2025-06-10', noOffers)
        .confidence,
    ).toBeLessThan(1);
  });
});
