import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import { applicationFacet } from '../../../../src/offers/parse/facets/application.ts';
import { contactFacet } from '../../../../src/offers/parse/facets/contact.ts';
import { drivingLicenceFacet } from '../../../../src/offers/parse/facets/drivingLicence.ts';
import { housingFacet } from '../../../../src/offers/parse/facets/housing.ts';
import { positionsFacet } from '../../../../src/offers/parse/facets/positions.ts';
import { startDateFacet } from '../../../../src/offers/parse/facets/startDate.ts';
import { travelFacet } from '../../../../src/offers/parse/facets/travel.ts';

const SIZE = 512_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

/** Hostile documents of 512 KB: runs of what each reader looks for, without an end. */
const HOSTILE: Record<string, string> = {
  'address characters': repeat('a'),
  'at signs': repeat('a@'),
  'licence words': repeat('permis '),
  'travel words': repeat('Déplacements sur '),
  'contact labels': repeat('**Contact**\n'),
  'phone numbers': `**Contact**\n${repeat('Tel : 26 77 98 ')}`,
  'open parentheses': `Pour postuler :\nLes candidatures (${repeat('(')}`,
  'list commas': `Pour postuler :\nLes candidatures (${repeat('a, ')})`,
  'address labels': `Pour postuler :\n${repeat('Voie postale : ')}`,
  'post counts': repeat('nombre de postes :::'),
  sentences: repeat('Un. '),
};

const FACETS = [
  drivingLicenceFacet,
  travelFacet,
  housingFacet,
  contactFacet,
  applicationFacet,
  positionsFacet,
  startDateFacet,
];

describe('practical facets on hostile 512 KB documents', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`stay linear on ${name}`, () => {
      const context = createContext(text, 'hostile.md');
      for (const facet of FACETS) {
        const start = performance.now();
        facet(context);
        expect(performance.now() - start).toBeLessThan(3000);
      }
    });
  }
});
