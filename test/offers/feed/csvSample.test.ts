import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';

const CSV = readFileSync('test/fixtures/feed/datagouv-export-sample.csv');
const truth = readFileSync('test/fixtures/real-avp/truth.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map(
    (line) =>
      JSON.parse(line) as {
        reference: string;
        title: string;
        employer: string;
        corps_grade: string;
        deadline: string;
      },
  );

const feed = parseFeed(CSV, { sourceName: 'datagouv' });
const byRef = (reference: string) => feed.offers.find((o) => o.reference === reference);

describe('the real CSV export', () => {
  it('reads every row, without problem', () => {
    expect(feed.readable).toBe(true);
    expect(feed.problems).toEqual([]);
    expect(feed.offers).toHaveLength(20);
  });

  it.each(truth)(
    '$reference has the published reference, title, employer, corps and deadline',
    (expected) => {
      const offer = byRef(expected.reference);
      expect(offer).toBeDefined();
      // Spaces are squeezed (the portal has `Responsable  Cybersécurité`).
      expect(offer?.title).toBe(expected.title.replace(/\s+/g, ' '));
      expect(offer?.employer).toBe(expected.employer);
      expect(offer?.corps[0]).toBe(expected.corps_grade.toLocaleLowerCase('fr'));
      // The portal's date_cloture is one day early; corrected, it is the printed deadline.
      expect(offer?.deadline).toBe(expected.deadline);
    },
  );

  it.each([
    // reference, publishedOn, deadline, corps, startDate, source id
    [
      '3134-26-0674/SR',
      '2026-05-08',
      '2026-05-29',
      "cadre d'exploitation",
      'Immédiatement',
      '63718',
    ],
    [
      '3134-26-0690/SR',
      '2026-05-08',
      '2026-05-29',
      "cadre d'exploitation ou contrôleur",
      "Susceptible d'être vacant",
      '63734',
    ],
    [
      '3134-26-0624/SR',
      '2026-05-15',
      '2026-06-05',
      "cadre d'exploitation ou contrôleur",
      'Immédiatement',
      '63928',
    ],
    ['3134-26-0754/SR', '2026-05-15', '2026-06-05', 'contrôleur', '1er octobre 2026', '63979'],
    [
      '3134-26-0778/SR',
      '2026-05-22',
      '2026-06-12',
      'contrôleur',
      "Susceptible d'être vacant",
      '64114',
    ],
  ])(
    '%s: published %s, deadline %s, corps %s, start %s',
    (reference, publishedOn, deadline, corps, startDate, id) => {
      const offer = byRef(reference);
      expect(offer).toMatchObject({
        publishedOn,
        deadline,
        corps: corps.split(' ou '),
        startDate: { text: startDate },
        source: `feed:datagouv#${id}`,
      });
    },
  );

  it('leaves absent fields null or empty, never guessed', () => {
    const offer = byRef('3134-26-0674/SR');
    expect(offer).toMatchObject({
      direction: null, // direction_libelle only repeats the employer
      location: null,
      residence: null,
      respncJob: null,
      deadlineNote: null,
      previousDeadline: null,
      missions: [],
      requirements: [],
      warnings: [],
    });
    expect(offer?.body).toContain('Intitulé du poste : Chef(fe) de section expérience commerciale');
    expect(offer?.body).toContain('72dc9702fec70e5de6ae91def4b6ca7d');
  });

  it('reads the same rows separated by semicolons (the portal default export)', () => {
    const text = CSV.toString('utf8');
    const header = text.slice(0, text.indexOf('\n')).replaceAll(',', ';');
    const row =
      '63718;0;Chef(fe) de section;HORS_ROME;;26-0674;2026-05-07;"Office des postes; et télécommunications"';
    const semicolons = `${header}\n${row}${';'.repeat(header.split(';').length - 8)}\n`;
    const parsed = parseFeed(semicolons);
    expect(parsed.problems).toEqual([]);
    expect(parsed.offers[0]).toMatchObject({
      reference: '3134-26-0674/SR',
      employer: 'Office des postes; et télécommunications',
    });
  });
});
