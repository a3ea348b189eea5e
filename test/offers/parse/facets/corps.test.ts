import { describe, expect, it } from 'vitest';
import { corpsAlternatives, readCorps } from '../../../../src/offers/parse/facets/corps.ts';
import { doc, itMatchesTheTruth } from './orgCorpus.ts';

describe('corps facet', () => {
  itMatchesTheTruth('corps');

  it.each([
    ["Cadre d'exploitation ou Contrôleur", ["cadre d'exploitation", 'contrôleur']],
    ['Adjoint administratif', ['adjoint administratif']],
    ['emploi fonctionnel.', ['emploi fonctionnel']],
    [
      'Assistant socio-éducatif - spécialité CESF - ou assistant de service social',
      ['assistant socio-éducatif spécialité cesf', 'assistant de service social'],
    ],
    ['Rédacteur, ou attaché', ['rédacteur', 'attaché']],
    ['/', []],
    ['', []],
    [null, []],
    ['Ouvrier', ['ouvrier']], // "ou" inside a word is no separator
  ])('corpsAlternatives(%j)', (text, expected) => {
    expect(corpsAlternatives(text)).toEqual(expected);
  });

  it('joins an alternative pushed to the next line by a merged column', () => {
    const read = readCorps(
      doc(
        "**Corps ou Cadre d'emploi / Domaine** Cadre d'exploitation **Direction** de la poste\n\nou Contrôleur\n",
      ),
    );
    expect(read?.value).toEqual(["cadre d'exploitation", 'contrôleur']);
    expect(read?.quote).toContain('Corps ou Cadre');
  });

  it('reads a value on the line after the label', () => {
    const read = readCorps(
      doc(
        "**Corps ou Cadre d'emploi /Domaine** : **Direction** Télécom\n\nTechnicien ou Contrôleur\n",
      ),
    );
    expect(read?.value).toEqual(['technicien', 'contrôleur']);
  });

  it('does not take a following label line as an alternative', () => {
    const read = readCorps(
      doc("Corps ou Cadre d'emploi : Rédacteur\n\nLieu de travail : Nouméa\n"),
    );
    expect(read?.value).toEqual(['rédacteur']);
  });

  it.each([
    ["Corps ou Cadre d'emploi : /\n", 'a "/" value'],
    ['Employeur : Province Sud\n', 'no corps line'],
    ['', 'an empty document'],
  ])('is null for %j (%s)', (text) => {
    expect(readCorps(doc(text))).toBeNull();
  });
});
