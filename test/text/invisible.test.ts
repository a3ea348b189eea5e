import { describe, expect, it } from 'vitest';
import { hasInvisible, withoutInvisible, withoutInvisibleDeep } from '../../src/text/invisible.ts';

/** [what, text, what is shown]: every control that can reorder or hide text is taken out. */
const STRIPPED: Array<[string, string, string]> = [
  [
    'RLO (U+202E) in a title',
    'Agent \u202Etnemélpmoc\u202C administratif',
    'Agent tnemélpmoc administratif',
  ],
  ['LRE, RLE, PDF, LRO', '\u202Aa\u202Bb\u202Cc\u202Dd', 'abcd'],
  ['isolates LRI, RLI, FSI, PDI', '\u2066x\u2067y\u2068z\u2069', 'xyz'],
  ['LRM and RLM', 'Nouméa\u200E\u200F', 'Nouméa'],
  ['Arabic letter mark (U+061C)', 'Koné\u061C', 'Koné'],
  ['zero-width space, joiner, non-joiner', 'in\u200Bfir\u200Cmi\u200Der', 'infirmier'],
  ['word joiner and invisible operators', 'a\u2060b\u2061c\u2062d\u2063e\u2064f', 'abcdef'],
  ['byte order mark inside a text', 'Direc\uFEFFtion', 'Direction'],
  ['soft hyphen', 'ges\u00ADtion', 'gestion'],
  ['Mongolian vowel separator', 'a\u180Eb', 'ab'],
  ['interlinear annotation marks', '\uFFF9a\uFFFAb\uFFFB', 'ab'],
  ['tag characters (U+E0001, U+E0041)', 'Poste\u{E0001}\u{E0041}', 'Poste'],
  ['deprecated format controls (U+206A–U+206F)', 'a\u206Ab\u206Fc', 'abc'],
  [
    'C0 and C1 controls but tab, line feed, carriage return',
    'a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Bg',
    'abcdefg',
  ],
];

/** French text as offers hold it: nothing to take out. */
const KEPT: Array<[string, string]> = [
  ['accents and ligatures', 'Chargé(e) de mission « œuvres sociales » — Nouméa, Païta, Koné'],
  ['typographic apostrophe and dashes', 'Date limite de dépôt de l’offre – 30 juin'],
  ['no-break space and narrow no-break space (U+202F)', 'Salaire\u00A0: 250\u202F000 XPF ?'],
  ['tabs and line breaks', 'Missions :\n\t- accueil\r\n\t- gestion'],
  ['emoji', 'Poste à pourvoir 🌴'],
  ['Arabic and Hebrew letters (not controls)', 'مرحبا שלום'],
  ['Vietnamese and Wallisian diacritics', 'Nguyễn, ʻUvea, Futuna'],
  ['empty text', ''],
];

describe('withoutInvisible', () => {
  it.each(STRIPPED)('takes out %s', (_, text, shown) => {
    expect(hasInvisible(text)).toBe(true);
    expect(withoutInvisible(text)).toBe(shown);
  });

  it.each(KEPT)('keeps %s untouched', (_, text) => {
    expect(hasInvisible(text)).toBe(false);
    expect(withoutInvisible(text)).toBe(text);
  });

  it('cleans every string of a JSON value, and returns clean values as they are', () => {
    const clean = { title: 'Infirmier', offers: [{ title: 'Agent' }], count: 2, none: null };
    expect(withoutInvisibleDeep(clean)).toBe(clean);
    expect(
      withoutInvisibleDeep({
        text: 'a\u202Eb',
        offers: [{ title: '\u2067x', deadline: '2025-06-20', status: 'open' }],
        quickReplies: ['ok\u200F'],
        count: 2,
        none: null,
        yes: true,
      }),
    ).toEqual({
      text: 'ab',
      offers: [{ title: 'x', deadline: '2025-06-20', status: 'open' }],
      quickReplies: ['ok'],
      count: 2,
      none: null,
      yes: true,
    });
  });
});
