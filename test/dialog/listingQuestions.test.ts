import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

/** Listing questions on the 20 real OPT-NC offers (published 7-15 May 2026, closing 29 May-12 June 2026). */
const CASES: Array<{
  day: string;
  question: string;
  count?: number;
  includes?: string[];
  says: RegExp;
}> = [
  {
    day: '2026-05-20',
    question: "les offres de l'OPT qui ferment avant le 1er juin",
    count: 15,
    says: /15 offres ouvertes chez l'OPT-NC \(clôture jusqu'au 31\/05\/2026\)/,
  },
  {
    day: '2026-05-20',
    question: 'y a des postes dans la cybersécurité ?',
    includes: ['3134-26-0705/SR'],
    says: /1 offre de cybersécurité ouverte/,
  },
  {
    day: '2026-05-20',
    question: 'des offres de technicien à Nouméa ?',
    includes: ['3134-26-0713/SR'],
    says: /offres? de technicien ouvertes? à Nouméa/,
  },
  {
    day: '2026-05-20',
    question: 'offres publiées depuis le 10 mai',
    count: 4,
    says: /4 offres publiées \(publication à partir du 10\/05\/2026\)/,
  },
  { day: '2026-06-20', question: 'les offres fermées', count: 20, says: /20 offres closes/ },
  {
    day: '2026-05-26',
    question: 'les offres qui ferment cette semaine',
    count: 15,
    says: /clôture entre le 25\/05\/2026 et le 31\/05\/2026/,
  },
  {
    day: '2026-05-26',
    question: "combien d'offres à Koné ?",
    includes: ['3134-26-0754/SR'],
    says: /1 offre ouverte à Koné/,
  },
];

describe('listing questions with filters (real corpus)', () => {
  it.each(CASES)('on $day, « $question »', async ({ day, question, count, includes, says }) => {
    const assistant = await createAssistant({
      dataDir: 'test/fixtures/real-avp',
      clock: fixedClock(day),
    });
    const answer = await assistant.ask({ conversation: 'l', text: question });
    if (count !== undefined) expect(answer.offers).toHaveLength(count);
    for (const reference of includes ?? [])
      expect(answer.offers.map((o) => o.reference)).toContain(reference);
    expect(answer.text).toMatch(says);
  });
});
