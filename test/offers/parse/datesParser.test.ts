import { describe, expect, it } from 'vitest';
import { datesParser } from '../../../src/offers/parse/datesParser.ts';
import { runParser } from './helpers.ts';

describe('datesParser', () => {
  it('reads both labelled dates', () => {
    const draft = runParser(
      datesParser,
      'Date de dépôt de l’offre : vendredi 27 décembre 2024\n\nDate limite de candidature : vendredi 17 janvier 2025',
    );
    expect([draft.publishedOn, draft.deadline]).toEqual(['2024-12-27', '2025-01-17']);
  });

  it('reads labels merged on one line, bold cut inside a word', () => {
    const text =
      "**Poste à pourvoir** dès que possible **Date de dépôt de l'offre** vendredi 8 mai 2026\n\n**Date limite de candidature : v**endredi 29 mai 2026";
    const draft = runParser(datesParser, text);
    expect([draft.publishedOn, draft.deadline]).toEqual(['2026-05-08', '2026-05-29']);
  });

  it('keeps the deadline note verbatim with its previous deadline', () => {
    const draft = runParser(
      datesParser,
      'Modification de la date de clôture initialement prévue le 18/07/2025',
    );
    expect(draft.deadlineNote).toBe(
      'Modification de la date de clôture initialement prévue le 18/07/2025',
    );
    expect(draft.previousDeadline).toBe('2025-07-18');
  });

  it.each([
    'Date limite de candidature : à définir',
    'La date limite de candidature est le 5 juin 2026',
    '',
  ])('finds no deadline in %j', (text) => {
    expect(runParser(datesParser, text).deadline).toBeNull();
  });
});
