import { describe, expect, it } from 'vitest';
import * as convert from '../../../src/offers/feed/converters.ts';
import { frenchDayText, readFeedDay } from '../../../src/offers/feed/dates.ts';
import { cellText, plainText, splitList } from '../../../src/offers/feed/text.ts';
import { FEED_FACETS } from '../../../src/offers/parse/facets/tableFacets.ts';

describe('readFeedDay', () => {
  it.each([
    // raw, kind, day
    ['2026-05-28', 'portalShifted', '2026-05-29'], // midnight in Nouméa stored as the UTC date
    ['2026-12-31', 'portalShifted', '2027-01-01'],
    ['2026-05-28T00:00:00Z', 'portalShifted', '2026-05-29'], // the same bare day with a time appended
    ['2026-05-28T13:00:00+00:00', 'portalShifted', '2026-05-29'], // a real instant: its Nouméa day
    ['2026-05-05 10:08:54+11:00', 'portalShifted', '2026-05-05'], // date_creation: already local
    ['2026-10-01 00:00:00+11:00', 'local', '2026-10-01'],
    ['2026-09-30T13:00:00+00:00', 'local', '2026-10-01'],
    ['2026-05-28', 'local', '2026-05-28'],
    ['  ', 'portalShifted', null],
  ] as const)('%s (%s) → %s', (raw, kind, day) => {
    expect(readFeedDay(raw, kind).day).toBe(day);
  });

  it.each(['2026-02-30', '28/05/2026', 'demain'])('%s is unreadable, with a doubt', (raw) => {
    expect(readFeedDay(raw, 'portalShifted')).toEqual({
      day: null,
      doubt: `date illisible « ${raw} »`,
    });
  });

  it('writes a start day as the documents do', () => {
    expect(frenchDayText('2026-10-01')).toBe('1er octobre 2026');
    expect(frenchDayText('2026-06-15')).toBe('15 juin 2026');
  });
});

describe('cell text', () => {
  it.each([
    ['  Responsable  Cybersécurité ', 'Responsable Cybersécurité'],
    ['nan', null],
    ['NULL', null],
    ['', null],
    ['<p>Chef &amp; adjoint</p>', 'Chef & adjoint'],
  ])('%j → %j', (raw, text) => {
    expect(cellText(raw)).toBe(text);
  });

  it.each([
    ['- a\n- b', ['a', 'b']],
    ['• Contrôler • Manager', ['Contrôler', 'Manager']],
    ['1. Premier point\n2) Second', ['Premier point', 'Second']],
    ['Concevoir les timbres\net produits', ['Concevoir les timbres et produits']],
    ['Fin de phrase.\nautre chose', ['Fin de phrase.', 'autre chose']],
    ['<ul><li>Un</li><li>Deux</li></ul>', ['Un', 'Deux']],
    ['nan', []],
  ])('splitList(%j) → %j', (raw, items) => {
    expect(splitList(raw)).toEqual(items);
  });

  it('keeps the lines of rich text', () => {
    expect(plainText('a<br>b<br/>\r\n\r\nc')).toBe('a\nb\nc');
  });
});

describe('start date', () => {
  const warnings: string[] = [];
  const context = { warn: (m: string) => void warnings.push(m) };
  const startDate = FEED_FACETS.startDate;
  it.each([
    [['', 'IMMEDIATEMENT'], 'Immédiatement', null],
    [['', 'SUSCEPTIBLE_VACANT'], "Susceptible d'être vacant", null],
    [['2026-10-01 00:00:00+11:00', 'A_DATE'], '1er octobre 2026', '2026-10-01'],
    [
      ['2026-10-01 00:00:00+11:00', 'SUSCEPTIBLE_VACANT'],
      "Susceptible d'être vacant à compter du 1er octobre 2026",
      '2026-10-01',
    ],
    [['', 'EN_ATTENTE_DE_MUTATION'], 'En attente de mutation', null],
  ] as const)('%j → %j (%s)', (cells, text, iso) => {
    expect(startDate(cells, context)).toEqual({ text, iso });
  });

  it.each([[['', '']], [[undefined, undefined]]] as const)('%j → null', (cells) => {
    expect(startDate(cells, context)).toBeNull();
  });

  it('flags a start "à date" without a date', () => {
    warnings.length = 0;
    expect(startDate(['', 'A_DATE'], context)).toBeNull();
    expect(warnings).toEqual(['Flux open data : poste à pourvoir « à date » sans date.']);
  });
});

describe('previous deadline of a republication note', () => {
  it.each([
    ['Modification de la date de clôture initialement prévue le 18/07/2025', '2025-07-18'],
    [
      'Republication du 12/05/2026 : date initialement prévue le vendredi 29 mai 2026',
      '2026-05-29',
    ],
    ['Republication du 12/05/2026 suite à infructuosité', null],
    ['', null],
  ])('%j → %j', (note, day) => {
    expect(convert.noteDay([note], { warn: () => undefined })).toBe(day);
  });
});
