import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/nlu/dates/index.ts';
import { isIsoDay } from '../../../src/time/noumea.ts';

const WORDS = [
  'le',
  'du',
  'au',
  'avant',
  'apres',
  'depuis',
  "jusqu'au",
  "d'ici",
  'fin',
  'debut',
  'mi-',
  'juin',
  'sept.',
  'fevrier',
  'lundi',
  'prochain',
  'dernier',
  'semaine',
  'mois',
  'annee',
  'entre',
  'et',
  '1er',
  '15',
  '30',
  '/',
  '06',
  '2025',
  'jours',
  'sous',
  'dans',
  'la',
  'quinzaine',
  '3134-25-0833/SR',
  'bac+2',
];

describe('findDateMentions on any text', () => {
  it('never throws and only returns real, ordered ISO days', () => {
    const sentence = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 14 })
      .map((w) => w.join(' '));
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(sentence, day, (text, today) => {
        for (const mention of findDateMentions(text, today)) {
          for (const bound of [mention.start, mention.end])
            if (bound !== null) expect(isIsoDay(bound)).toBe(true);
          if (mention.start !== null && mention.end !== null)
            expect(mention.start <= mention.end).toBe(true);
          expect(mention.start !== null || mention.end !== null).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
