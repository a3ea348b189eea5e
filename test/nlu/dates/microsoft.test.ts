import { beforeAll, describe, expect, it } from 'vitest';
import {
  findDateRange,
  findDateRangeAsync,
  mayHoldDate,
  recognizeWithMicrosoft,
  recognizerWindow,
} from '../../../src/nlu/dates/index.ts';

/** Reference day: Wednesday 11 June 2025. */
const TODAY = '2025-06-11';

describe('pre-filter before the recognizer', () => {
  it.each([
    'quel diplôme faut-il ?',
    'poste de technicien 2e classe',
    '3134-25-0833/SR',
    'offre 25-0833',
    'bac+2',
    '10 ans de résidence',
    'quels postes à Nouméa ?',
  ])('skips « %s »', (text) => {
    expect(mayHoldDate(text)).toBe(false);
  });

  it.each(['à la rentrée', 'le trente juin', '2025/06/30', 'la veille de noel'])(
    'lets « %s » through',
    (text) => {
      expect(mayHoldDate(text)).toBe(true);
    },
  );

  // Our holiday parser reads them, or refused them as ordinary words: the recognizer reads Toussaint
  // and Pâques as 31 December, so they never reach it on their own.
  it.each(['un stage sur l’île de Pâques', 'Toussaint Louverture', "je m'appelle Noël"])(
    'keeps « %s » from the recognizer',
    (text) => {
      expect(mayHoldDate(text)).toBe(false);
    },
  );

  it('hands at most 150 characters, around the first date-ish word', () => {
    const window = recognizerWindow(`${'bla '.repeat(100)}avant la rentrée ${'bla '.repeat(100)}`);
    expect(window?.length).toBeLessThanOrEqual(150);
    expect(window).toContain('avant la rentree');
  });
});

describe('Microsoft recognizer fallback', () => {
  // The first call loads and warms the French model: seconds, not milliseconds.
  beforeAll(async () => {
    await recognizeWithMicrosoft('le 30 juin', TODAY);
  }, 120_000);

  it.each([
    ['à Noël', '2025-12-25', '2025-12-25', 'on'],
    ['le nouvel an', '2026-01-01', '2026-01-01', 'on'],
    ['la veille de noël', '2025-12-24', '2025-12-24', 'on'],
  ])(
    '« %s »: our holiday parser now reads it as the recognizer does (%s … %s, %s)',
    async (text, start, end, relation) => {
      expect(findDateRange(text, TODAY)).toMatchObject({ start, end, relation });
      expect(await recognizeWithMicrosoft(text, TODAY)).toMatchObject({ start, end, relation });
    },
  );

  it.each([
    ['les offres qui ferment le 2025/06/30', '2025-06-30', '2025-06-30', 'on'],
    ['qui ferment le trente juin', '2025-06-30', '2025-06-30', 'on'],
    ["jusqu'au quinze juillet", null, '2025-07-15', 'before'],
    ['publiées depuis le trente mai', '2025-05-30', null, 'after'],
    ['le 30/6', '2025-06-30', '2025-06-30', 'on'],
  ])('« %s » → %s … %s (%s), which our parsers leave', async (text, start, end, relation) => {
    expect(findDateRange(text, TODAY)).toBeNull();
    expect(await findDateRangeAsync(text, TODAY)).toMatchObject({ start, end, relation });
  });

  it('settles the common forms without the recognizer', async () => {
    expect(await findDateRangeAsync('avant le 1er juillet', TODAY)).toMatchObject({
      start: null,
      end: '2025-06-30',
    });
  });

  it.each(['quel diplôme faut-il ?', '10 ans de résidence', 'référence 3134-25-0833/SR'])(
    '« %s » has no date either way',
    async (text) => {
      expect(await findDateRangeAsync(text, TODAY)).toBeNull();
    },
  );

  it('ignores bare durations from the recognizer', async () => {
    expect(await recognizeWithMicrosoft('une expérience de 3 semaines', TODAY)).toBeNull();
  });
});
