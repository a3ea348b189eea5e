import { describe, expect, it } from 'vitest';
import { noumeaNoon, seedAssistant } from '../helpers.ts';

/** The product's headline questions, on the bundled seed offers, each on its pinned day. */
const CASES = [
  {
    day: '2025-06-05',
    question: 'quels postes sont ouverts à Nouméa ?',
    offers: ['3134-25-0699/SR'],
    says: ['3134-25-0699/SR', 'Nouméa'],
  },
  {
    day: '2025-06-10',
    question: "quel diplôme faut-il pour le poste de chargé de relation à l'usager ?",
    offers: ['3134-25-0833/SR'],
    says: ['baccalauréat', '3134-25-0833/SR'],
  },
  {
    day: '2025-07-10',
    question: 'quelle est la date limite pour le poste de travailleur social ?',
    offers: ['3134-25-0977/SR'],
    says: ['vendredi 8 août 2025', '18/07/2025', '3134-25-0977/SR'],
  },
];

describe('headline questions on the seed catalog', () => {
  it.each(CASES)(
    'on $day, « $question » answers with $offers',
    async ({ day, question, offers, says }) => {
      const assistant = await seedAssistant(day);
      const answer = await assistant.ask({ conversation: 'headline', text: question });
      expect(answer.offers.map((o) => o.reference)).toEqual(offers);
      for (const words of says) expect(answer.text).toContain(words);
    },
  );

  it('lists nothing at Nouméa once its only offer has closed, and says so with suggestions', async () => {
    const assistant = await seedAssistant('2025-06-10');
    const answer = await assistant.ask({
      conversation: 'closed',
      text: 'quels postes sont ouverts à Nouméa ?',
    });
    expect(answer.offers).toEqual([]);
    expect(answer.text).toMatch(/Aucune offre ouverte à Nouméa ce mardi 10 juin 2025/);
    expect(answer.suggestions.map((o) => o.reference)).toEqual(['3134-25-0833/SR']);
  });

  it('includes the deadline day itself (open on 2025-06-06, closed on 2025-06-07)', async () => {
    const assistant = await seedAssistant('2025-06-06');
    const onDeadline = await assistant.ask({
      conversation: 'a',
      text: 'quels postes sont ouverts à Nouméa ?',
    });
    const dayAfter = await assistant.ask({
      conversation: 'b',
      text: 'quels postes sont ouverts à Nouméa ?',
      now: noumeaNoon('2025-06-07'),
    });
    expect(onDeadline.offers.map((o) => o.reference)).toEqual(['3134-25-0699/SR']);
    expect(dayAfter.offers).toEqual([]);
  });

  it('answers a follow-up about the offer in focus', async () => {
    const assistant = await seedAssistant('2025-07-10');
    await assistant.ask({
      conversation: 'follow',
      text: 'quelle est la date limite pour le poste de travailleur social ?',
    });
    const answer = await assistant.ask({ conversation: 'follow', text: 'quel diplôme faut-il ?' });
    expect(answer.offers.map((o) => o.reference)).toEqual(['3134-25-0977/SR']);
    expect(answer.text).toMatch(/ne précise ni diplôme/);
  });

  it('says an offer not yet published does not exist', async () => {
    const assistant = await seedAssistant('2025-06-01');
    const answer = await assistant.ask({
      conversation: 'early',
      text: 'date limite de 3134-25-0833/SR ?',
    });
    expect(answer.offers).toEqual([]);
    expect(answer.text).toContain("Je ne trouve pas d'offre de référence 3134-25-0833/SR");
  });
});

describe('offers named without a question', () => {
  it.each([
    ['Chargé de la gestion des commissions (3134-25-0699/SR)'],
    ['3134-25-0699/SR'],
    ['25-0699'],
  ])('« %s » (a quick reply or a bare reference) shows the offer', async (text) => {
    const assistant = await seedAssistant('2025-06-05');
    const answer = await assistant.ask({ conversation: `bare-${text}`, text });
    expect(answer.intent).toBe('offer.details');
    expect(answer.offers.map((o) => o.reference)).toEqual(['3134-25-0699/SR']);
    expect(answer.text).toContain('Province Sud');
  });
});
