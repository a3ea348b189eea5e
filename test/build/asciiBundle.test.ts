import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../src/build/asciiBundle.ts';

/** Evaluates a JavaScript expression (the test's own fixed sources, never outside input). */
const evaluate = (source: string): unknown => new Function(`return (${source});`)();

describe('escapeNonAscii', () => {
  it.each([
    ['a string', `'l’offre — Nouméa œ'`],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the case is source text holding a template
    ['a template', '`n° ${1 + 1} – ok`'],
    ['a regular expression class with a range', `/[a-zµß-öø-ÿ‐‑–]+/u.exec('xßéø–y')[0]`],
    ['a regular expression without the u flag', `/[‘’ʼ]/g[Symbol.replace]('l’a ‘b’', "'")`],
    [
      'an astral character, with and without u',
      `['🌴'.length, /^.$/u.test('🌴'), /🌴/.test('a🌴')]`,
    ],
    ['fullwidth digits', `'０１２'.replace(/０/g, '0')`],
    [
      'a non-ASCII character after a backslash (identity escape)',
      `[/[\\–\\é]/.test('é'), /\\é/.test('é'), '\\é']`,
    ],
    ['an escaped backslash before a non-ASCII character', `['\\\\é', /\\\\–/.test('\\\\–')]`],
  ])('keeps the meaning of %s, in ASCII', (_what, source) => {
    const escaped = escapeNonAscii(source);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the bundle must be all ASCII, control range included
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    expect(evaluate(escaped)).toEqual(evaluate(source));
  });

  it('leaves ASCII text as it is', () => {
    expect(escapeNonAscii('const a = /[a-z]/g; // ok')).toBe('const a = /[a-z]/g; // ok');
  });
});
