import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_LIMITS, parseFeed, type ParsedFeed } from '../../../src/offers/feed/index.ts';
import { hostileText } from '../../properties/arbitraries.ts';

const MAX_DEPTH = DEFAULT_FEED_LIMITS.maxDepth;

/** Pieces of markup, CSV and JSON syntax, so that arbitrary text often looks like them. */
const SYNTAX = [
  '<a',
  '<li',
  '<br',
  '</p>',
  '<',
  '>',
  '&',
  '&#',
  '&amp;',
  ';',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00a0',
  '- ',
  '• ',
  '1. ',
  '[',
  ']',
  '{',
  '}',
  ':',
  '\\',
  'numero',
  'libelle_poste',
  '26-0674',
  '2026-05-28',
  'initialement prévue le 18/07/2025',
  '10 ans',
];

const syntaxSoup = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 3 })), { maxLength: 400 })
  .map((parts) => parts.join(''));
/** Long runs of one piece of syntax (what makes a backtracking regex quadratic). */
const syntaxRun = fc
  .tuple(fc.constantFrom(...SYNTAX), fc.integer({ min: 1, max: 6_000 }))
  .map(([piece, times]) => piece.repeat(times));
const anyText = fc.oneof(hostileText(8_000), syntaxSoup, syntaxRun);

/** Any JSON value, arrays and objects nested up to a few levels over the depth cap. */
const nesting = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: MAX_DEPTH + 3 },
    fc.string({ maxLength: 20 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;
/** A straight chain of arrays or objects, as JSON text: 1 level to 200,000 (the byte cap allows it). */
const chain = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1, max: MAX_DEPTH * 2 }), fc.integer({ min: 1, max: 200_000 })),
    fc.constantFrom(['[', ']'], ['{"a":', '}']),
  )
  .map(([n, [open, close]]) => `${open.repeat(n)}1${close.repeat(n)}`);

/** Generous liveness bound on one parse of these inputs (each takes a few ms). */
const BOUND_MS = 2_000;

function parsedInTime(input: string): ParsedFeed {
  const started = performance.now();
  const feed = parseFeed(input, { sourceName: 'p' });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  expect(Array.isArray(feed.offers) && Array.isArray(feed.problems)).toBe(true);
  if (!feed.readable) expect(feed.problems.length).toBeGreaterThan(0);
  for (const problem of feed.problems) expect(problem.reason.length).toBeGreaterThan(0);
  return feed;
}

const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('the feed reader on arbitrary input: never throws, returns in bounded time', () => {
  it('any text as a whole body', () => {
    fc.assert(
      fc.property(anyText, (text) => void parsedInTime(text)),
      { numRuns: 80 },
    );
  });

  it('any text in every cell of a CSV record and of a JSON record', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const csv = parsedInTime(
          `id,numero,libelle_poste,mission,savoir,date_cloture,commentaire_republication\n1,26-0674,${csvCell(a)},${csvCell(b)},${csvCell(a)},${csvCell(b)},${csvCell(a)}\n`,
        );
        expect(csv.readable).toBe(true);
        parsedInTime(
          JSON.stringify([
            { numero: b, libelle_poste: a, mission: b, savoir: [a, b], date_cloture: a },
          ]),
        );
        // A raw text in the CSV (quotes unbalanced...): still an answer.
        parsedInTime(`numero;libelle_poste;mission\n${a};${b};${a}\n`);
      }),
      { numRuns: 40 },
    );
  });

  it('any JSON nesting as a record cell, or as the whole body', () => {
    const record = (cell: string) =>
      `{"results":[{"numero":"26-0674","libelle_poste":"Poste","mission":${cell}}]}`;
    fc.assert(
      fc.property(
        fc.oneof(
          nesting.map((value) => JSON.stringify(value)),
          chain,
        ),
        (cell) => {
          const feed = parsedInTime(record(cell));
          if (!feed.readable) expect(feed.problems[0]?.reason).toMatch(/^JSON trop imbriqué/);
          parsedInTime(cell);
        },
      ),
      { numRuns: 100 },
    );
  });
});
