import { describe, expect, it } from 'vitest';
import { mapTexts, TextTable, textAt } from '../../src/offers/internFields.ts';
import { offerWith } from '../support/offerWith.ts';

const { body: _body, ...fields } = offerWith({
  reference: '3134-25-0833/SR',
  title: 'Agent',
  employer: 'Province Sud',
  direction: 'DRH',
  location: 'Nouméa',
  residence: { text: 'au moins égale à 10 ans', years: 10 },
  residenceRequired: true,
  publishedOn: '2025-06-01',
  deadline: '2025-06-30',
  startDate: { text: 'Immédiatement', iso: null },
  missions: ['Nouméa', 'b'],
  requirements: ['Permis B'],
  source: 'a.txt',
});

describe('repeated texts written once', () => {
  it('round-trips every field through the table, nulls and lists included', () => {
    const table = new TextTable();
    const other = {
      ...fields,
      reference: 'x',
      residence: null,
      employer: null,
      requirements: ['Permis B', 'Nouméa'],
    };
    const stored = [fields, other].map((f) => mapTexts(f, (t: string) => table.indexOf(t)));
    expect(stored.map((s) => mapTexts(s, textAt(table.table)))).toEqual([fields, other]);
    expect(table.table.filter((t) => t === 'Nouméa' || t === 'Permis B')).toEqual([
      'Nouméa',
      'Permis B',
    ]); // once each
    expect(stored[0]!.reference).toBe('3134-25-0833/SR'); // references and sources are not in the table
  });

  it('writes the quotes once too: their values, by field key', () => {
    const table = new TextTable();
    const line = 'Employeur : Gouvernement de la Nouvelle-Calédonie';
    const a = { ...fields, quotes: { communes: 'Lieu de travail : Nouméa', corps: line } };
    const b = { ...fields, reference: 'y', quotes: { corps: line } };
    const stored = [a, b].map((f) => mapTexts(f, (t: string) => table.indexOf(t)));
    expect(stored[1]!.quotes).toEqual({ corps: table.indexOf(line) });
    expect(table.table.filter((t) => t === line)).toHaveLength(1);
    expect(stored.map((s) => mapTexts(s, textAt(table.table)))).toEqual([a, b]);
  });

  it('refuses an index the table does not hold (a damaged file)', () => {
    expect(() => textAt(['a'])(1)).toThrow(/absent/);
    expect(() => textAt([3])(0)).toThrow(/absent/);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(fields);
    mapTexts(fields, (t: string) => t.length);
    expect(fields).toEqual(copy);
  });
});
