import { describe, expect, it } from 'vitest';
import { titleParser } from '../../../src/offers/parse/titleParser.ts';
import { runParser } from './helpers.ts';

describe('titleParser', () => {
  it.each([
    ['# Chargé(e) des relations au public\n\nRéférence : x', 'Chargé(e) des relations au public'],
    ['\nTravailleur social\nRéférence : 3134-25-0977/SR', 'Travailleur social'],
    ['## **DPSP – Directeur (trice)**\n', 'DPSP – Directeur (trice)'],
    [
      '   \n### **DT - Responsable produit Télécoms - SMC**',
      'DT - Responsable produit Télécoms - SMC',
    ],
  ])('%j', (text, title) => {
    expect(runParser(titleParser, text).title).toBe(title);
  });

  it.each(['', '\n\n', 'Référence : 3134-25-0833/SR\nEmployeur : Province Sud'])(
    'no title in %j',
    (text) => {
      expect(runParser(titleParser, text).title).toBeNull();
    },
  );
});
