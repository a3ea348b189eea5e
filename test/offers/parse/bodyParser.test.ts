import { describe, expect, it } from 'vitest';
import { bodyParser } from '../../../src/offers/parse/bodyParser.ts';
import { runParser } from './helpers.ts';

describe('bodyParser', () => {
  it.each([
    ['# Titre\n\n**Employeur** : X', 'Titre\n\nEmployeur : X'],
    ['\n\n## **DT – Chef**\n- item\n', 'DT – Chef\n- item'],
    ["Détails de l\\'offre", "Détails de l'offre"],
    ['voir [le référentiel](https://x.nc/a(1).pdf?e=1) ici', 'voir le référentiel ici'],
  ])('%j', (text, body) => {
    expect(runParser(bodyParser, text).body).toBe(body);
  });
});
