import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import { contactFacet, contactFromFeed } from '../../../../src/offers/parse/facets/contact.ts';
import { truthDocuments } from './practicalTruth.ts';

const read = (text: string) => contactFacet(createContext(text, 'test.md'));

describe('contactFacet on the 25 documents', () => {
  for (const doc of truthDocuments()) {
    it(doc.file, () => {
      const found = contactFacet(doc.context);
      expect(found?.value ?? null).toEqual(doc.truth.contact);
      if (found) expect(doc.context.text).toContain(found.quote);
    });
  }
});

describe('contactFacet on small cases', () => {
  it.each([
    [
      '**Contact et informations complémentaires** Le chef de projet Tel : 26.79.38',
      { name: 'Le chef de projet', phone: '26.79.38', email: null },
    ],
    [
      '**Contact et informations complémentaires**\n\nChef de section marketing\n\nTel : (+687) 26 82 12 ou Mob : (+687) 92 82 02',
      {
        name: 'Chef de section marketing',
        phone: '(+687) 26 82 12 / (+687) 92 82 02',
        email: null,
      },
    ],
    [
      'Contact : Mme Wamytan, cheffe du service, au 27 12 34 ou marie.wamytan@gouv.nc',
      { name: 'Mme Wamytan, cheffe du service', phone: '27 12 34', email: 'marie.wamytan@gouv.nc' },
    ],
    [
      '**Contact**\n\nPour tout renseignement complémentaire, contacter M. Gope\n\nTéléphone : +687 746.946',
      { name: 'M. Gope', phone: '+687 746.946', email: null },
    ],
    [
      '**Contact et informations** Pour toute information sur le poste la personne à contacter est :\n\n**complémentaires** Manager de zone Tel : (+687) 20 64 60',
      { name: 'Manager de zone', phone: '(+687) 20 64 60', email: null },
    ],
    ['Contact : 26 77 98', { name: null, phone: '26 77 98', email: null }],
    [
      'Renseignements : M. Poigoune au 47 72 39',
      { name: 'M. Poigoune', phone: '47 72 39', email: null },
    ],
  ])('%j', (text, expected) => {
    expect(read(text)?.value).toEqual(expected);
  });

  it('stops at the application block', () => {
    const text =
      '**Contact et informations complémentaires**\n\nLe chef de section\n\n### **Pour répondre à cette offre**\n\n- Mail : DRH-candidature@opt.nc\n- Tél : 26 12 34';
    expect(read(text)?.value).toEqual({ name: 'Le chef de section', phone: null, email: null });
  });

  it.each([
    ['nothing said', 'Missions :\n- Accueillir le public'],
    ['contacts as a mission', '- Contacts fréquents avec les usagers : 26 12 34'],
    ['an empty block', '**Contact et informations complémentaires**\n\n### **Pour postuler**'],
    ['"/" means not stated', 'Contact : /'],
    [
      'a weak title over something else',
      '**Informations complémentaires**\n\nPoste soumis à astreintes',
    ],
    ['functional contacts', 'Contacts : internes et externes'],
  ])('%s → null', (_name, text) => {
    expect(read(text)).toBeNull();
  });

  it('reads the feed cells', () => {
    expect(contactFromFeed('Chef de service', '26.77.98', 'chef@opt.nc')?.value).toEqual({
      name: 'Chef de service',
      phone: '26.77.98',
      email: 'chef@opt.nc',
    });
    expect(contactFromFeed(null, '267798 / 778131', '')?.value).toEqual({
      name: null,
      phone: '267798 / 778131',
      email: null,
    });
    expect(contactFromFeed('', 'nan', 'pas une adresse')).toBeNull();
  });
});
