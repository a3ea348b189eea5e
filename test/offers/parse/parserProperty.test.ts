import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/offers/loadCatalog.ts';
import { ParseError, parseOfferDocument } from '../../../src/offers/parse/index.ts';
import { FIELD_LABELS, SECTION_LABELS } from '../../../src/offers/parse/labels.ts';
import { MAX_DOCUMENT_BYTES } from '../../../src/offers/readDocument.ts';

/**
 * Property: whatever the text (up to the size cap), the parser answers in bounded time and
 * fails only with a ParseError; the whole read (decode, parse, schema) never throws. Documents
 * are built from runs (a piece repeated up to tens of thousands of times), because runs are what
 * trip super-linear regular expressions; pieces are label lines, markdown noise and any text.
 * The time bound is a generous liveness bound, not a benchmark. Fixed seed: the same cases every run.
 */
const BOUND_MS = 5_000;
const LABELS = [...Object.values(FIELD_LABELS), ...Object.values(SECTION_LABELS)].flat();

const labelLine = fc
  .tuple(
    fc.constantFrom(...LABELS),
    fc.constantFrom('', ' :', ' : ', ': valeur', ' :\n', '**', '**\n'),
    fc.constantFrom('', '**', '- ', '# ', '> ', '1. ', '   '),
  )
  .map(([label, after, before]) => `${before}${label}${after}`);
const noise = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '[', ']', '(', ')', ':', '-', '*', '#', '>', '/'),
  maxLength: 12,
});
const piece = fc.oneof(
  labelLine,
  noise,
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom(
    '3134-25-0833/SR du 06 juin 2025',
    'vendredi 27 juin 2025',
    '27/06/2025',
    '[lien](http://x.nc/(a))',
    '\\*',
    '98841 NOUMEA CEDEX',
  ),
);
/** A document of runs, cut at the size cap (in characters: a few more bytes do not matter to the parser). */
const document = fc
  .array(fc.tuple(piece, fc.integer({ min: 1, max: 40_000 }), fc.boolean()), { maxLength: 10 })
  .map((runs) =>
    runs
      .map(([text, times, newline]) => text.repeat(times) + (newline ? '\n' : ''))
      .join('')
      .slice(0, MAX_DOCUMENT_BYTES),
  );

function within<T>(task: () => T): T {
  const start = performance.now();
  const result = task();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return result;
}

describe('the document parser on arbitrary text (property)', () => {
  it('returns an offer or throws a ParseError, in bounded time', () => {
    fc.assert(
      fc.property(document, (text) => {
        within(() => {
          try {
            parseOfferDocument(text, 'arbitraire.md');
          } catch (error) {
            if (!(error instanceof ParseError)) throw error;
          }
        });
      }),
      { seed: 20250606, numRuns: 60 },
    );
  });

  it('reads any bytes into an outcome without throwing, in bounded time', () => {
    fc.assert(
      fc.property(fc.oneof(document, fc.string({ unit: 'binary', maxLength: 2_000 })), (text) => {
        const outcome = within(() => parseBytes(Buffer.from(text), 'arbitraire.md'));
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { seed: 20250607, numRuns: 60 },
    );
  });
});
