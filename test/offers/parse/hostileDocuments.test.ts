import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/offers/loadCatalog.ts';
import { ParseError, parseOfferDocument } from '../../../src/offers/parse/index.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/offers/readDocument.ts';

/**
 * Hostile documents: a real offer followed by a long run of one pattern, at 120 KB and at the
 * size cap. Each must be prepared in linear time (the regular expressions over document text
 * once took 24 s on 120 KB of spaces) and refused, never served as an offer. The time bound is
 * a generous liveness bound (a 512 KB document is prepared in tens of ms), not a benchmark.
 */
const SEED = readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8');
const BOUND_MS = 5_000;
const KB = 1024;

/**
 * The seed offer, then `piece` repeated until the document is `bytes` long (UTF-8), then a word:
 * the run sits inside its line, where a pattern anchored at the line's end rescans it.
 */
function hostile(piece: string, bytes: number, head = SEED): string {
  const room = bytes - Buffer.byteLength(head) - 4;
  return `${head}${piece.repeat(Math.floor(room / Buffer.byteLength(piece)))} fin`;
}

const PIECES: Array<[string, string]> = [
  ['a run of spaces inside a line', ' '],
  ['a run of spaces and tabs', ' \t'],
  ['a run of `[`', '['],
  ['unclosed links `[x](`', '[x]('],
  ['a run of `:`', ':'],
  ['a run of `-`', '-'],
  ['a run of digits', '7'],
  ['one endless word', 'a'],
  ['a run of `*`', '*'],
  ['a run of `**` and blanks', '** '],
  ['a run of `#` and `>`', '#>'],
  ['a run of newlines', '\n'],
  ['a run of carriage returns', '\r'],
  ['blank lines with trailing spaces', '   \n'],
  ['a label word repeated on one line', 'Employeur '],
  ['bold labels repeated on one line', '**Employeur** '],
  ['label lines repeated', 'Employeur :\n'],
  ['bullet lines repeated', '- de\n'],
  ['dates without a year repeated', 'Date limite : 1 '],
  ['reference-like digits repeated', '3134-25-'],
  ['a residence note opened and never closed', 'Durée de résidence : ( '],
];
/** Runs right after a label, where the label's value is read (the run is the value). */
const VALUES: Array<[string, string, string]> = [
  ['a residence of endless digits', 'Durée de résidence exigée : ', '7'],
  ['a residence of blanks', 'Durée de résidence exigée : 1', ' '],
  ['a deadline of blanks after a day', 'Date limite de candidature : 27', ' '],
  ['a reference line of blanks after the day', 'Référence : 3134-25-0833/SR du 1', ' '],
  ['an employer of colons', 'Employeur : Province', ':'],
  ['an employer of blank-separated colons', 'Employeur : Province', ' :'],
  ['a place of work ending with a postcode and blanks', 'Lieu de travail : 98841', ' '],
  ['a mission continued over endless lines', 'Missions :\n- suivre', '\net suivre'],
];

const CASES: Array<[string, string]> = [
  ...PIECES.flatMap(
    ([what, piece]): Array<[string, string]> => [
      [`${what} (120 KB)`, hostile(piece, 120 * KB)],
      [`${what} (512 KB, the cap)`, hostile(piece, MAX_DOCUMENT_BYTES)],
    ],
  ),
  ...VALUES.map(([what, label, piece]): [string, string] => [
    `${what} (512 KB)`,
    hostile(piece, MAX_DOCUMENT_BYTES, `${SEED}\n${label}`),
  ]),
  ['the offer as one huge line, repeated', hostile(SEED.replace(/\n/g, ' '), MAX_DOCUMENT_BYTES)],
  ['the offer repeated to the cap', hostile(`\n${SEED}`, MAX_DOCUMENT_BYTES)],
  [
    'a 500 KB first line (the title)',
    `# ${'x'.repeat(MAX_DOCUMENT_BYTES - Buffer.byteLength(SEED) - 8)}\n${SEED}`,
  ],
];

/** Runs `task` and returns how long it took, in ms. */
function timed(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

describe('hostile documents', () => {
  it.each(CASES)(
    '%s: the parser answers in bounded time, or refuses with a ParseError',
    (_what, text) => {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
      const elapsed = timed(() => {
        try {
          parseOfferDocument(text, 'hostile.md');
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
        }
      });
      expect(elapsed).toBeLessThan(BOUND_MS);
    },
  );

  it.each(CASES)('%s: refused with a reason, never served as an offer', (_what, text) => {
    let outcome: ReturnType<typeof parseBytes> | undefined;
    const elapsed = timed(() => {
      outcome = parseBytes(Buffer.from(text), 'hostile.md');
    });
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/\S/) });
  });

  it.each([
    ['the real offer', SEED],
    ['the real offer with CRLF line ends', SEED.replace(/\n/g, '\r\n')],
    ['the real offer with 40 blank lines and trailing blanks', `${SEED}${'   \n'.repeat(40)}`],
    [
      'the real offer with a long paragraph (4 KB on one line)',
      `${SEED}\n${'Texte long. '.repeat(340)}\n`,
    ],
  ])('%s: still served', (_what, text) => {
    const outcome = parseBytes(Buffer.from(text), 'offer.md');
    expect(outcome).toMatchObject({ ok: true, offer: { reference: '3134-25-0833/SR' } });
  });
});
