import fc from 'fast-check';

/** Marks, controls and symbols that break naive text handling. */
const ODD = [
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\r\n',
  '\u001B[31m',
  '\u0085',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  'e\u0301',
  '\u0300\u0300\u0300',
  '😀',
  '👩🏽‍💻',
  '🇳🇨',
  '🏳️‍🌈',
  'مرحبا',
  'שלום',
  '漢字',
  'Ⅻ',
  '١٢/٠٣/٢٠٢٤',
  '１２/０３',
];
const FRENCH = [
  'avant le 30 juin',
  'les offres à Nouméa',
  '3134-25-0833/SR',
  'bac+2',
  'depuis lundi',
  'fin juin',
  'du 1er mai au 15 juin',
  'date limite ?',
  'bjr',
  'postes',
  'koné',
  'demain',
];
const REPEATED = [
  '12/03/2024 ',
  '1',
  '0',
  '2024',
  'é',
  '😀',
  '\u202E',
  '\u0000',
  'avant le 30 juin ',
  'du 1er au 2 ',
  '31/02/99999 ',
  '-',
  '/',
  ' ',
];

/** Up to `max` characters of a repeated chunk: long runs of digits, dates, marks. */
const longRun = (max: number) =>
  fc
    .tuple(fc.constantFrom(...REPEATED), fc.integer({ min: 1, max }))
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

/**
 * Arbitrary user text: any code points (`unit: 'binary'`, fast-check 4's full Unicode), printable
 * graphemes (emoji, RTL scripts), French words mixed with controls and bidi marks, lone
 * surrogates, and runs up to `max` characters of digits and dates.
 */
export function hostileText(max = 10_000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...ODD),
          fc.constantFrom(...FRENCH),
          fc.string({ unit: 'binary-ascii', maxLength: 5 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(' ')),
    longRun(max),
    fc.string({
      unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', ' '),
      minLength: 100,
      maxLength: max,
    }),
  );
}
