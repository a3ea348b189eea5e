import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentNoise } from '../../../src/offers/parse/documentNoise.ts';

const REAL = 'test/fixtures/real-avp';
const SEED = readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8');

describe('documentNoise', () => {
  it.each(readdirSync(REAL).filter((f) => /^\d.*\.md$/.test(f)))(
    'keeps the real AVP %s',
    (file) => {
      expect(documentNoise(readFileSync(join(REAL, file), 'utf8'))).toBeNull();
    },
  );

  it.each([
    ['a real offer with blank lines', `${SEED}${'\n'.repeat(200)}`],
    [
      'a real offer with a 20 KB appendix of prose',
      `${SEED}\n${readFileSync(join(REAL, '26-0778.md'), 'utf8').repeat(1)}`,
    ],
  ])('keeps %s', (_what, text) => {
    expect(documentNoise(text)).toBeNull();
  });

  it.each([
    [
      'an offer followed by twice its size in blanks',
      `${SEED}${' '.repeat(SEED.length * 2)}x`,
      /presque vide/,
    ],
    ['punctuation only', '[[[[:::---***'.repeat(100), /presque vide ou illisible \(0 % de lettres/],
    ['an offer followed by 100 KB of one letter', `${SEED}${'a'.repeat(100_000)}`, /répétitif/],
    ['an offer repeated to 200 KB', `${SEED}\n`.repeat(65), /répétitif/],
    ['label lines repeated', 'Employeur : Province Sud\n'.repeat(2_000), /répétitif/],
  ])('refuses %s', (_what, text, reason) => {
    expect(documentNoise(text)).toMatch(reason);
  });
});
