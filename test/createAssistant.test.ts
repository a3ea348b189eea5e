import { describe, expect, it } from 'vitest';
import { createAssistant } from '../src/createAssistant.ts';
import type { DateMention } from '../src/nlu/dates/types.ts';
import { fixedClock } from '../src/time/clock.ts';

const clock = fixedClock('2025-06-05');
const RARE = 'les offres publiées depuis la rentrée'; // a form the French layer leaves
const SAME_DAY_SPELLED = 'les offres publiées depuis le 2 juin';
const refs = (answer: { offers: Array<{ reference: string }> }) =>
  answer.offers.map((o) => o.reference);

describe('createAssistant with a date recognizer (rare forms)', () => {
  it('asks it only for date-ish questions the French layer leaves, and uses its reading', async () => {
    const asked: string[] = [];
    const recognizeDate = async (text: string): Promise<DateMention | null> => {
      asked.push(text);
      return { start: '2025-06-02', end: null, said: 'depuis la rentree', relation: 'after' };
    };
    const assistant = await createAssistant({ dataDir: 'data/offers', clock, recognizeDate });
    const rare = await assistant.ask({ conversation: 'a', text: RARE });
    const spelled = await assistant.ask({ conversation: 'b', text: SAME_DAY_SPELLED });
    await assistant.ask({ conversation: 'c', text: 'comment postuler ?' });
    await assistant.ask({ conversation: 'd', text: 'les offres avant Noël' });
    expect(asked).toEqual([RARE]);
    expect(rare.intent).toBe(spelled.intent);
    expect(refs(rare)).toEqual(refs(spelled));
  });

  it('answers as without it when it fails or finds nothing', async () => {
    const plain = await createAssistant({ dataDir: 'data/offers', clock });
    const expected = await plain.ask({ conversation: 'p', text: RARE });
    for (const recognizeDate of [
      async () => null,
      async () => Promise.reject(new Error('fil arrêté')),
    ]) {
      const assistant = await createAssistant({ dataDir: 'data/offers', clock, recognizeDate });
      const answer = await assistant.ask({ conversation: 'x', text: RARE });
      expect(answer.text).toBe(expected.text);
      expect(refs(answer)).toEqual(refs(expected));
    }
  });
});
