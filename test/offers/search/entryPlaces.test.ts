import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src/offers/catalog.ts';
import { LEXICON_ACRONYMS } from '../../../src/offers/parse/facets/acronyms.ts';
import { catalogAcronyms, directionOfQuery } from '../../../src/offers/search/catalogAcronyms.ts';
import { entryPlaces, provinceOfText } from '../../../src/offers/search/entryPlaces.ts';

const place = (communes: string[], province: string | null, location: string | null) =>
  entryPlaces({ communes, province, location });
const names = (p: ReturnType<typeof entryPlaces>) => p.communes.map((c) => c.name);

describe('entryPlaces', () => {
  it.each([
    // communes facet, province facet, place of work → communes, province
    [['Koné', 'Pouembout'], 'Province Nord', 'Koné', ['Koné', 'Pouembout'], 'nord'],
    [['Nouméa'], 'Province Sud', 'Siège, Ducos', ['Nouméa'], 'sud'],
    [['NOUMEA'], null, null, ['Nouméa'], 'sud'],
    // empty facet: the place of work's commune, as before the facet
    [[], null, '2 rue Paul Montchovet - Dumbéa', ['Dumbéa'], 'sud'],
    [[], 'Province des Îles Loyauté', 'quelque part', [], 'iles'],
    [[], null, 'quelque part', [], null],
    [[], null, null, [], null],
    // communes of two provinces: the province facet (null there)
    [['Nouméa', 'Koné'], null, null, ['Nouméa', 'Koné'], null],
  ])('%j %j %j', (communes, province, location, expected, expectedProvince) => {
    const found = place(communes, province, location);
    expect(names(found)).toEqual(expected);
    expect(found.province).toBe(expectedProvince);
  });

  it('reads the province facet whatever its spelling', () => {
    expect(provinceOfText('Province Sud')).toBe('sud');
    expect(provinceOfText('province des Îles Loyauté')).toBe('iles');
    expect(provinceOfText('NORD')).toBe('nord');
    expect(provinceOfText('Nouvelle-Calédonie')).toBeNull();
    expect(provinceOfText(null)).toBeNull();
  });
});

describe('catalogAcronyms', () => {
  it('learns the acronyms the offers print, on top of the lexicon', () => {
    const table = catalogAcronyms([
      { direction: 'Direction des affaires maritimes', directionAcronym: 'DAM' },
      { direction: 'Direction des affaires maritimes', directionAcronym: 'DAM' },
      { direction: 'Direction des télécommunications', directionAcronym: 'DT' },
      { direction: null, directionAcronym: null },
    ]);
    expect(table.byAcronym.get('DAM')).toBe('Direction des affaires maritimes');
    expect(table.byAcronym.get('DT')).toBe('Direction des télécommunications');
    expect(directionOfQuery(table, 'dam')).toBe('Direction des affaires maritimes');
    expect(directionOfQuery(table, 'maritimes')).toBeNull();
    expect(directionOfQuery(table, 'affaires maritimes')).toBe('Direction des affaires maritimes');
  });

  it('never learns an acronym whose letters do not fit, and makes a conflict ambiguous', () => {
    const table = catalogAcronyms([
      { direction: 'Direction des affaires maritimes', directionAcronym: 'XYZ' },
      { direction: 'Direction des affaires maritimes', directionAcronym: 'DAF' },
      { direction: 'Direction des affaires foncières', directionAcronym: 'DAF' },
    ]);
    expect(table.byAcronym.has('XYZ')).toBe(false);
    expect(table.byAcronym.get('DAF')).toBeNull();
    expect(directionOfQuery(table, 'DAF')).toBeNull();
  });

  it('is the lexicon when the offers teach nothing new', () => {
    expect(catalogAcronyms([])).toBe(LEXICON_ACRONYMS);
  });

  it('is built once per catalog and exposed on it', () => {
    const catalog = new Catalog([], [], new Date());
    expect(catalog.directionAcronyms.byAcronym.get('DT')).toBe('Direction des télécommunications');
  });
});
