import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

/**
 * The context policy (src/dialog/contextPolicy.ts), one rule per table, on the five seed offers
 * (2024-2014 relations au public, 0648 Hienghène, 0699 commissions, 0833 Dumbéa, 0977 travailleur
 * social), 0977 not yet published on 2025-06-06, 0699 and 0833 open that day.
 */
let assistant: LoadedAssistant;
let conversation = 0;

beforeAll(async () => {
  assistant = await createAssistant({ dataDir: 'data/offers', clock: fixedClock('2025-06-06') });
});

/** Plays the turns in a fresh conversation and returns the last answer. */
async function play(turns: readonly string[]) {
  conversation += 1;
  let last = null;
  for (const text of turns)
    last = await assistant.ask({
      conversation: `policy-${conversation}`,
      text,
      now: new Date('2025-06-06T01:00:00Z'),
    });
  return last!;
}

const refs = (answer: { offers: Array<{ reference: string }> }) =>
  answer.offers.map((o) => o.reference);

describe('what the message names wins over the focus', () => {
  it.each([
    [['date limite 3134-25-0699/SR', 'et le diplome pour 3134-25-0833/SR ?'], '3134-25-0833/SR'],
    [['date limite 3134-25-0699/SR', 'lieu du poste 3134-25-0833/SR'], '3134-25-0833/SR'],
    // negative: nothing named, the focus answers
    [['date limite 3134-25-0699/SR', 'et le lieu ?'], '3134-25-0699/SR'],
  ])('%j → %s', async (turns, expected) => {
    expect(refs(await play(turns))).toEqual([expected]);
  });
});

describe('a pending question is answered only by a message that asks nothing new', () => {
  it('a bare reference answers the pending question', async () => {
    const answer = await play(['quelle est la date limite ?', '3134-25-0833/SR']);
    expect(answer.intent).toBe('offer.deadline');
    expect(refs(answer)).toEqual(['3134-25-0833/SR']);
  });
  it('a new complete question is answered as itself', async () => {
    const answer = await play([
      'quelle est la date limite ?',
      'quel diplome faut-il pour 3134-25-0833/SR ?',
    ]);
    expect(answer.intent).toBe('offer.requirements');
  });
});

describe('ranks resolve in the last list shown', () => {
  it.each([
    ['le deuxième', 1],
    ['le dernier', -1],
    ['le premier', 0],
  ])('« %s »', async (rank, index) => {
    const listing = await play(['offres ouvertes']);
    const listed = refs(listing);
    expect(listed.length).toBeGreaterThan(1);
    conversation -= 1; // same conversation
    const answer = await play([rank]);
    expect(refs(answer)).toEqual([listed.at(index)]);
  });

  it('a rank beyond the list says so and answers no offer', async () => {
    const answer = await play(['offres ouvertes', 'le 7e']);
    expect(answer.offers).toEqual([]);
    expect(answer.text).toMatch(/ne compte que \d offres?/);
  });
});

describe('"lequel des deux", "parmi elles": each offer of a short last list', () => {
  it('answers the offers of the list that state it', async () => {
    const answer = await play([
      'offres ouvertes',
      'parmi elles, laquelle exige une durée de résidence ?',
    ]);
    expect(refs(answer)).toEqual(['3134-25-0833/SR']);
  });
});

describe('"et …?" carries on the last question', () => {
  it.each([
    [
      ['duree de residence pour 3134-25-0977/SR ?', 'et celui de dumbea ?'],
      'offer.residence',
      '3134-25-0833/SR',
    ],
    [
      ['date limite 3134-25-0699/SR', 'et pour 3134-25-0833/SR ?'],
      'offer.deadline',
      '3134-25-0833/SR',
    ],
  ])('%j', async (turns, intent, reference) => {
    const answer = await play(turns);
    expect(answer.intent).toBe(intent);
    expect(refs(answer)).toEqual([reference]);
  });

  it('a follow-up without "et" asking something new is not carried', async () => {
    const answer = await play(['date limite 3134-25-0699/SR', 'quelles sont les missions ?']);
    expect(answer.intent).toBe('offer.missions');
  });
});

describe('"l\'autre" is the other offer of a last list of two', () => {
  it('after a comparison of two named offers, the one that did not win', async () => {
    const answer = await play([
      'entre 3134-25-0699/SR et 3134-25-0833/SR lequel ferme en premier ?',
      "et l'autre, la date limite ?",
    ]);
    expect(refs(answer)).toEqual(['3134-25-0833/SR']);
  });
  it('with a longer list, "l\'autre" names nothing', async () => {
    const answer = await play(["et l'autre, la date limite ?"]);
    expect(answer.offers).toEqual([]);
  });
});

describe('a one-result listing puts its offer in focus', () => {
  it('« et la date limite ? » after one result', async () => {
    const answer = await play(['des offres à Dumbéa ?', 'et la date limite ?']);
    expect(answer.intent).toBe('offer.deadline');
    expect(refs(answer)).toEqual(['3134-25-0833/SR']);
  });
});
