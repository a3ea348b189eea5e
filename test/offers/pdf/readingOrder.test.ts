import { describe, expect, it } from 'vitest';
import { readingOrder, type TextRun } from '../../../src/offers/pdf/readingOrder.ts';

/** Font size of the hand-made runs; one character is 0.5 em wide. */
const SIZE = 10;
const CHAR = SIZE / 2;

/** A run of `text` starting at column `x` (in points) on the line whose baseline is `y`. */
function run(text: string, x: number, y: number, page = 1): TextRun {
  return { text, x, y, width: text.length * CHAR, size: SIZE, page };
}

/** Lines of one left-aligned flow at x = 50, `step` points apart, from y = 100. */
function flow(texts: string[], step = 15.5, x = 50, from = 100): TextRun[] {
  return texts.map((text, i) => run(text, x, from + i * step));
}

interface Case {
  name: string;
  runs: TextRun[];
  lines: string[];
}

// A column 300 points wide (x 50 to 350) holds 60 characters.
const FULL = 'mot '.repeat(14).trim(); // 55 characters: the next word would not fit
/** 59 characters in short words: sets the right edge at x = 345. */
const WIDE = 'mot '.repeat(15).trim();
/** 63 characters: a line ending at x = 365 in a column whose widest line ends at 405. */
const LONG = 'mot '.repeat(16).trim();
const CASES: Case[] = [
  {
    name: 'lines by y then x, runs of a line joined with a space where there is a gap',
    runs: [run('Province', 115, 100), run('Employeur :', 50, 100), run('Titre', 50, 84)],
    lines: ['Titre', 'Employeur : Province'],
  },
  {
    name: 'runs touching each other are joined without a space',
    runs: [run('Réf', 50, 100), run('érence', 65, 100)],
    lines: ['Référence'],
  },
  {
    name: 'a slightly lower run (subscript, other font) stays on its line',
    runs: [run('Lieu de travail :', 50, 100), run('Nouméa', 140, 101.5)],
    lines: ['Lieu de travail : Nouméa'],
  },
  {
    name: 'a line filled to the right edge continues on the next line (wrapped): joined',
    runs: [...flow([FULL, 'suite du paragraphe', 'Autre ligne'], 12), run(WIDE, 50, 136)],
    lines: [`${FULL} suite du paragraphe`, 'Autre ligne', WIDE],
  },
  {
    name: 'a line broken after a hyphen of its word is joined without a space',
    runs: [...flow([`${FULL} Nouvelle-`, 'Calédonie et suite'], 12)],
    lines: [`${FULL} Nouvelle-Calédonie et suite`],
  },
  {
    name: 'the next word is measured on its whole line (a first run may be one ligature glyph)',
    runs: [
      run(LONG, 50, 100),
      run('di', 50, 112),
      run('ff', 60, 112),
      run('érents', 70, 112),
      run(`${LONG} mot mot`, 50, 124),
    ],
    lines: [`${LONG} différents`, `${LONG} mot mot`],
  },
  {
    name: 'a short line is not joined to the next, even close to it',
    runs: [...flow(['Court', 'Ligne suivante'], 12), run(WIDE, 50, 124)],
    lines: ['Court', 'Ligne suivante', WIDE],
  },
  {
    name: 'a bullet never continues the line above',
    runs: flow(['y'.repeat(60), '- une puce'], 12),
    lines: ['y'.repeat(60), '- une puce'],
  },
  {
    name: 'a wide vertical gap is a blank line',
    runs: flow(['Missions :', 'Accueillir le public']).map((r, i) => ({ ...r, y: r.y + i * 20 })),
    lines: ['Missions :', '', 'Accueillir le public'],
  },
  {
    name: 'label column and value column on the same row: "Label : value"',
    runs: [
      run('Employeur', 50, 100),
      run('Province Sud', 200, 100),
      run('Lieu de travail', 50, 115.5),
      run('Nouméa', 200, 115.5),
    ],
    lines: ['Employeur : Province Sud', 'Lieu de travail : Nouméa'],
  },
  {
    name: 'a label already ending with a colon gets no second one',
    runs: [run('Employeur :', 50, 100), run('Province Sud', 200, 100)],
    lines: ['Employeur : Province Sud'],
  },
  {
    name: 'a value wrapped on two lines of its cell is joined',
    runs: [
      run('Lieu de travail', 50, 100),
      run('Direction générale - Immeuble', 200, 100),
      run('Waruna - Nouméa', 200, 112),
      run('Employeur', 50, 127.5),
      run('OPT', 200, 127.5),
    ],
    lines: ['Lieu de travail : Direction générale - Immeuble Waruna - Nouméa', 'Employeur : OPT'],
  },
  {
    name: 'a label wrapped over three lines of its cell is joined, its value kept',
    runs: [
      run('Durée de résidence', 50, 100),
      run('au moins égale à 10 ans', 200, 100),
      run('exigée pour le', 50, 112),
      run('recrutement (1)', 50, 124),
      run('Employeur', 50, 139.5),
      run('OPT', 200, 139.5),
    ],
    lines: [
      'Durée de résidence exigée pour le recrutement (1) : au moins égale à 10 ans',
      'Employeur : OPT',
    ],
  },
  {
    name: 'a row with no value gives its label alone',
    runs: [
      run('Employeur', 50, 100),
      run('OPT', 200, 100),
      run('Poste à pourvoir', 50, 115.5),
      run('Référence', 50, 131),
      run('3134-26-0624/SR', 200, 131),
    ],
    lines: ['Employeur : OPT', 'Poste à pourvoir', 'Référence : 3134-26-0624/SR'],
  },
  {
    name: 'two columns of flowing text are read column by column',
    runs: [
      run('Le service accueille le public', 50, 100),
      run('La direction assure aussi la', 330, 100),
      run('et traite les demandes des', 50, 112),
      run('gestion des dossiers de', 330, 112),
      run('usagers de la province, tous', 50, 124),
      run('logement et leur suivi avec', 330, 124),
      run('les jours ouvrables.', 50, 136),
      run('les partenaires sociaux.', 330, 136),
      run('Suite après les colonnes', 50, 160),
    ],
    lines: [
      'Le service accueille le public et traite les demandes des usagers de la province, tous les jours ouvrables.',
      'La direction assure aussi la gestion des dossiers de logement et leur suivi avec les partenaires sociaux.',
      '',
      'Suite après les colonnes',
    ],
  },
  {
    name: 'pages are read in order, whatever the order of their runs',
    runs: [run('Page deux', 50, 100, 2), run('Page un', 50, 100, 1)],
    lines: ['Page un', 'Page deux'],
  },
  {
    name: 'blank and empty runs are dropped; no runs give no lines',
    runs: [run('   ', 50, 100), run('', 60, 100)],
    lines: [],
  },
];

describe('readingOrder', () => {
  it.each(CASES)('$name', ({ runs, lines }) => {
    expect(readingOrder(runs)).toEqual(lines);
  });

  it('is a pure function of the runs (their order does not matter)', () => {
    const runs = CASES.find((c) => c.name.startsWith('a label wrapped'))?.runs ?? [];
    expect(readingOrder([...runs].reverse())).toEqual(readingOrder(runs));
  });
});
