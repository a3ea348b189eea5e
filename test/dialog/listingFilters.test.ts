import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/createAssistant.ts';
import { selectOffers } from '../../src/dialog/selectOffers.ts';
import { emptyState } from '../../src/dialog/state/conversationState.ts';
import { emptyQuery, type JobMention } from '../../src/nlu/query/query.ts';
import type { Catalog } from '../../src/offers/catalog.ts';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import { fixedClock } from '../../src/time/clock.ts';

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog('test/fixtures/real-avp', new Date('2026-05-26T00:00:00Z'));
});

/** selectOffers on a hand-built query: the jobs extractor is written elsewhere. */
function selectJobs(jobs: JobMention[]) {
  const query = { ...emptyQuery(), jobs };
  return selectOffers({
    understanding: { text: '', words: [], intent: 'offers.list', confidence: 1, query },
    catalog: real,
    today: '2026-05-26',
    state: emptyState(),
  });
}

describe('kinds of job filter on title words', () => {
  it.each([
    [
      [{ label: 'secrétaire', titleWords: ['secretaire'], said: 'secretaire' }],
      ['3134-26-0747/SR'],
    ],
    [
      [{ label: 'acheteur', titleWords: ['acheteur', 'achats'], said: 'acheteur' }],
      ['3134-26-0778/SR'],
    ],
    [
      [{ label: 'technicien', titleWords: ['techniciens'], said: 'techniciens' }],
      ['3134-26-0713/SR'],
    ],
    // negative: a job no title holds
    [[{ label: 'chauffeur', titleWords: ['chauffeur'], said: 'chauffeur' }], []],
  ])('%j', (jobs, expected) => {
    const selection = selectJobs(jobs);
    expect(selection.found.map((e) => e.offer.reference)).toEqual(expected);
    expect(selection.job).toBe(` de ${jobs[0]!.label}`);
  });

  it('without a job, every open offer', () => {
    expect(selectJobs([]).found).toHaveLength(20);
  });
});

/** Listings on the real offers: what is found, and what the first sentence says. */
const CASES: Array<{
  day: string;
  question: string;
  offers: string[];
  first: RegExp;
  suggests?: boolean;
}> = [
  {
    day: '2026-05-20',
    question: 'offres en dehors de noumea ?',
    offers: ['3134-26-0754/SR'],
    first: /^1 offre ouverte hors de Nouméa/,
  },
  {
    day: '2026-05-20',
    question: 'offres hors du Grand Nouméa',
    offers: ['3134-26-0754/SR'],
    first: /hors du Grand Nouméa/,
  },
  {
    day: '2026-05-25',
    question: 'Quelles offres sont proposées à Ducos ?',
    offers: ['3134-26-0778/SR'],
    first: /à Ducos \(Nouméa\)/,
  },
  {
    day: '2026-05-12',
    question: 'les offre a Port Plaisance ?',
    offers: ['3134-26-0705/SR'],
    first: /à Port Plaisance \(Nouméa\)/,
  },
  {
    day: '2026-05-26',
    question: 'vous avez quoi côté télécoms ?',
    offers: [
      '3134-26-0624/SR',
      '3134-26-0705/SR',
      '3134-26-0713/SR',
      '3134-26-0715/SR',
      '3134-26-0717/SR',
      '3134-26-0747/SR',
    ],
    first: /^6 offres ouvertes à la direction des télécommunications/,
  },
  {
    day: '2026-05-22',
    question: 'les ofres pour les cadres techniques',
    offers: ['3134-26-0705/SR', '3134-26-0717/SR'],
    first: /^2 offres ouvertes \(corps : cadre technique\)/,
  },
  // nothing matches: said first, never every open offer, suggestions follow
  {
    day: '2026-05-20',
    question:
      "Quels postes sont à pourvoir au sein de la Direction des Moyens et de l'Immobilier ?",
    offers: [],
    first: /^Aucune offre ouverte à la direction des moyens et de l'immobilier/,
    suggests: true,
  },
  {
    day: '2026-05-26',
    question: 'des offres à Touho ?',
    offers: [],
    first: /^Aucune offre ouverte à Touho/,
    suggests: true,
  },
];

describe('listing answers', () => {
  it.each(CASES)('on $day, « $question »', async ({ day, question, offers, first, suggests }) => {
    const assistant = await createAssistant({
      dataDir: 'test/fixtures/real-avp',
      clock: fixedClock(day),
    });
    const answer = await assistant.ask({ conversation: 'l', text: question });
    expect(answer.offers.map((o) => o.reference).sort()).toEqual([...offers].sort());
    expect(answer.text.split('\n')[0]).toMatch(first);
    if (suggests) expect(answer.suggestions.length).toBeGreaterThan(0);
  });
});

describe('« parmi elles » restricts to the last list, a negation inside', () => {
  const noumea = {
    kind: 'commune' as const,
    commune: { name: 'Nouméa', province: 'sud' as const },
    said: 'noumea',
  };
  const lastList = ['3134-26-0752/SR', '3134-26-0754/SR', '3134-26-0747/SR'];
  it.each([
    // "parmi elles, lesquelles ne sont pas à Nouméa"
    [true, 'notIn' as const, lastList, ['3134-26-0754/SR']],
    // "parmi elles, lesquelles sont à Nouméa"
    [true, 'in' as const, lastList, ['3134-26-0752/SR', '3134-26-0747/SR']],
    // negative: without "parmi elles", every open offer outside Nouméa
    [false, 'notIn' as const, lastList, ['3134-26-0754/SR']],
    // negative: "parmi elles" with no list shown restricts nothing
    [true, 'in' as const, [], 'all in Nouméa'],
  ])('amongLast %s, Nouméa %s', (amongLast, polarity, list, expected) => {
    const query = { ...emptyQuery(), amongLast, places: [{ place: noumea, polarity }] };
    const { found } = selectOffers({
      understanding: { text: '', words: [], intent: 'offers.list', confidence: 1, query },
      catalog: real,
      today: '2026-05-26',
      state: { ...emptyState(), lastList: list },
    });
    const references = found.map((e) => e.offer.reference);
    if (expected === 'all in Nouméa') expect(references).toHaveLength(19);
    else expect(references.sort()).toEqual([...expected].sort());
  });
});
