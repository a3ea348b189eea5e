import { describe, expect, it } from 'vitest';
import { findPlaces, placeMemoStats } from '../../src/nlu/entities/places.ts';
import { tokenMemoStats } from '../../src/offers/search/analyzer.ts';
import { MAX_WORD_LENGTH, type MemoStats } from '../../src/text/boundedMemo.ts';
import { stem, stemMemoStats } from '../../src/text/tokens.ts';
import { seedAssistant } from '../helpers.ts';
import { distinctWord, distinctWords } from './wordMemos.ts';

const TODAY = '2025-06-05';
const assistant = await seedAssistant(TODAY);
const catalog = assistant.catalog();

/** Every per-word memo a turn may fill (the per-message one is bounded apart, see memoBounds). */
function wordMemos(): Record<string, MemoStats> {
  const { titles, words } = catalog.memoStats();
  return {
    stems: stemMemoStats(),
    rawWords: tokenMemoStats(),
    places: placeMemoStats(),
    titles,
    words,
  };
}

/** Stems `word` twice: what the stem memo gained (0 when the word is not kept). */
function keptByStem(word: string): number {
  const before = stemMemoStats().entries;
  stem(word);
  stem(word);
  return stemMemoStats().entries - before;
}

describe('a word longer than MAX_WORD_LENGTH is neither stemmed at full length nor kept', () => {
  it('500 letters ending in "-ement": returned as written, no memo grows', () => {
    const long = `${distinctWord(1, 495)}ement`;
    const before = stemMemoStats();
    expect(stem(long)).toBe(long);
    expect(stemMemoStats()).toEqual(before);
  });

  it('questions of long words through ask() leave every per-word memo as it was', async () => {
    const ask = (text: string) => assistant.ask({ conversation: 'long-words', text });
    await ask(distinctWords(6, 60, 500_000).join(' ')); // the turn's own words are known from here
    const before = wordMemos();
    for (let i = 0; i < 300; i += 1) await ask(distinctWords(6, 60, i * 6).join(' '));
    for (let i = 0; i < 100; i += 1) await ask(distinctWord(10_000 + i, 500));
    expect(wordMemos()).toEqual(before);
  });
});

describe('short words are still kept and matched, long ones match nothing', () => {
  it.each<[string, string, number]>([
    ['a plain word', 'ornithologues', 1],
    ['a short unknown word', distinctWord(5, 10), 1],
    ['the longest usual French word (25 letters)', 'anticonstitutionnellement', 1],
    ['a word of exactly MAX_WORD_LENGTH letters', distinctWord(2, MAX_WORD_LENGTH), 1],
    ['one letter more', distinctWord(3, MAX_WORD_LENGTH + 1), 0],
    ['60 letters', distinctWord(900_000, 60), 0],
  ])('stem memo: %s (%s) kept %i time', (_name, word, kept) => {
    expect(keptByStem(word)).toBe(kept);
  });

  it('a short word is still stemmed; a long one is left as written', () => {
    expect(stem('relations')).toBe('relat');
    expect(stem('anticonstitutionnellement')).not.toBe('anticonstitutionnellement');
  });

  it.each<[string, string, string | null]>([
    ['exact', 'gestion des commissions', '3134-25-0699/SR'],
    ['one typo', 'gestion des comissions', '3134-25-0699/SR'],
    ['a long word made of a real one', `commissions${'s'.repeat(40)}`, null],
    ['a long word made of a real one', `gestion${'n'.repeat(60)}`, null],
  ])('search, %s: %s', (_name, text, reference) => {
    const found = catalog.search(text).map((h) => h.entry.offer.reference);
    if (reference === null) expect(found).toEqual([]);
    else expect(found).toContain(reference);
  });

  it.each<[string, boolean]>([
    ['chargé de la gestion des commissions', true],
    ['chargé de la gestion des comissions', true],
    [`commissions${'s'.repeat(40)} gestionnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn`, false],
  ])('title words: %s', (text, named) => {
    expect(catalog.titleWords(text).size > 0).toBe(named);
  });

  it.each<[string[], string[]]>([
    [['postes', 'a', 'la', 'vallee', 'des', 'colons'], ['Nouméa']],
    [['postes', 'a', 'noumae'], ['Nouméa']],
    [['postes', 'a', 'dumbae'], ['Dumbéa']],
    [['postes', 'a', `noumea${'a'.repeat(40)}`], []],
    [['postes', 'a', `noumae${'e'.repeat(500)}`], []],
  ])('places: %j', (words, communes) => {
    expect(
      findPlaces(words).map((p) => (p.kind === 'commune' ? p.commune.name : p.province)),
    ).toEqual(communes);
  });

  it('a whole turn: "Vallée-des-Colons" and a typo still name their place', async () => {
    // a quarter keeps the offers whose place of work names it; none here, so Nouméa's are suggested
    const quarter = await assistant.ask({
      conversation: 'places',
      text: 'des postes à la Vallée-des-Colons ?',
    });
    expect(quarter.text).toMatch(/Vallée des Colons \(Nouméa\)/);
    expect(quarter.suggestions.length).toBeGreaterThan(0);
    const typo = await assistant.ask({ conversation: 'places', text: 'des postes à Nouema ?' });
    expect(typo.offers.length).toBeGreaterThan(0);
  });
});
