import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

/**
 * Time words, orders, counts, ranks and residence claims on the 20 real OPT-NC offers (15 open
 * 8->29 May 2026; 0624/0747/0752/0754 15 May->5 June; 0778 22 May->12 June).
 */
const CASES: Array<{
  day: string;
  turns: string[];
  intent?: string;
  offers?: string[];
  says: RegExp;
  never?: RegExp;
}> = [
  {
    day: '2026-05-18',
    turns: ["Quelles offres sont ouvertes aujourd'hui ?"],
    says: /^19 offres ouvertes/,
  },
  {
    day: '2026-05-25',
    turns: ['Quelles offres seront encore ouvertes le 3 juin ?'],
    says: /^5 offres ouvertes \(ouvertes le 03\/06\/2026\)/,
  },
  {
    day: '2026-05-26',
    turns: ["qu'est-ce qui ferme cette semaine ?"],
    says: /^15 offres ouvertes \(clôture entre/,
    never: /close/,
  },
  {
    day: '2026-05-29',
    turns: ["c'est le dernier jour pour quelles offres ?"],
    says: /^15 offres ouvertes \(clôture le 29\/05\/2026\)/,
  },
  {
    day: '2026-05-27',
    turns: ['quel poste encadre le plus de personnes ?'],
    intent: 'offers.sort',
    offers: ['3134-26-0678/SR'],
    says: /394 agents encadrés en tout \(4 en direct, 390 indirectement\)/,
  },
  {
    day: '2026-05-20',
    turns: ['Quelle offre exige la plus longue durée de résidence ?'],
    intent: 'offers.sort',
    offers: ['3134-26-0705/SR'],
    says: /10 ans de résidence exigés/,
  },
  {
    day: '2026-05-26',
    turns: ['kel offre ferme en dernier'],
    offers: ['3134-26-0778/SR'],
    says: /ferme le plus tard.*12 juin 2026/,
  },
  {
    day: '2026-05-30',
    turns: ["les offres ouvertes aujourd'hui", 'lequel ferme en premier', 'le 5e'],
    offers: ['3134-26-0778/SR'],
    says: /0778/,
  },
  {
    day: '2026-05-30',
    turns: ["les offres ouvertes aujourd'hui", 'le 7e'],
    offers: [],
    says: /ne compte que 5 offres/,
  },
  {
    day: '2026-05-16',
    turns: ["combien d'offres exigent une durée de résidence ?"],
    intent: 'eligibility.residence',
    offers: ['3134-26-0705/SR'],
    says: /^1 offre sur \d+ exige une durée de résidence :[\s\S]*10 ans/,
  },
  {
    day: '2026-05-23',
    turns: ['5 ans de residence, offres eligibles ?'],
    says: /^19 offres sur 20 n'exigent pas plus que vos 5 ans de résidence/,
  },
  {
    day: '2026-05-20',
    turns: ["J'ai 22 ans et j'habite ici depuis 3 ans, quelles offres me sont accessibles ?"],
    says: /vos 3 ans de résidence/,
    never: /22 ans/,
  },
  {
    day: '2026-05-20',
    turns: ['je suis kanak, je peux postuler au 3134-26-0705/SR ?'],
    offers: ['3134-26-0705/SR'],
    says: /Depuis combien d'années/,
    never: /remplissent la condition/,
  },
];

describe('time words, orders, counts, ranks and residence claims', () => {
  it.each(CASES)('$turns', async ({ day, turns, intent, offers, says, never }) => {
    const assistant = await createAssistant({
      dataDir: 'test/fixtures/real-avp',
      clock: fixedClock(day),
    });
    let answer = await assistant.ask({ conversation: 'c', text: turns[0]! });
    for (const text of turns.slice(1)) answer = await assistant.ask({ conversation: 'c', text });
    if (intent !== undefined) expect(answer.intent).toBe(intent);
    if (offers !== undefined) expect(answer.offers.map((o) => o.reference)).toEqual(offers);
    expect(answer.text).toMatch(says);
    if (never !== undefined) expect(answer.text).not.toMatch(never);
  });
});
