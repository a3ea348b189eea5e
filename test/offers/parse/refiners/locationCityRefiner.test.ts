import { describe, expect, it } from 'vitest';
import { createContext, emptyDraft } from '../../../../src/offers/parse/draft.ts';
import { locationCityRefiner } from '../../../../src/offers/parse/refiners/locationCityRefiner.ts';

function refine(text: string, location: string): { location: string | null; warnings: string[] } {
  const draft = { ...emptyDraft('t.md'), location };
  locationCityRefiner.refine(createContext(text, 't.md'), draft);
  return { location: draft.location, warnings: draft.warnings };
}

describe('locationCityRefiner', () => {
  it('finds the city a postcode lost', () => {
    const text =
      '**Lieu de travail** 206 rue Jacques IEKAWE PK5 - 98841\n\nPlace : N-3\n\nNOUMEA CEDEX\n';
    const draft = refine(text, '206 rue Jacques IEKAWE PK5 - 98841');
    expect(draft.location).toBe('206 rue Jacques IEKAWE PK5 - 98841 NOUMEA CEDEX');
    expect(draft.warnings).toHaveLength(1);
  });

  it.each([
    ['PROVINCE SUD\n\nNOUMEA', 'Nouméa'],
    ['Rien ici', '2 rue X - 98800'],
  ])('leaves %j / %j alone', (text, location) => {
    expect(refine(text, location)).toEqual({ location, warnings: [] });
  });
});
