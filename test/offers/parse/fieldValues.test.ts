import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../src/offers/parse/document.ts';
import { resolveFieldValues } from '../../../src/offers/parse/fieldValues.ts';

const fieldValue = (
  text: string,
  key: Parameters<ReturnType<typeof resolveFieldValues>['get']>[0],
) => resolveFieldValues(prepareDocument(text)).get(key)?.value;

describe('resolveFieldValues', () => {
  it('splits two columns merged on one line', () => {
    const text =
      "**Poste à pourvoir** dès que possible **Date de dépôt de l'offre** vendredi 8 mai 2026";
    expect(fieldValue(text, 'startDate')).toBe('dès que possible');
    expect(fieldValue(text, 'publishedOn')).toBe('vendredi 8 mai 2026');
  });

  it('does not split at a closing bold marker', () => {
    expect(
      fieldValue('**Lieu de travail** Direction générale - Nouméa', 'direction'),
    ).toBeUndefined();
  });

  it('takes the value from the next line when the label stands alone', () => {
    expect(fieldValue('**Employeur**\n\nProvince Sud', 'employer')).toBe('Province Sud');
  });

  it('does not run on to a following labelled line or a non-address line', () => {
    expect(
      fieldValue(
        'Lieu de travail : Nouméa\n\nDate limite de candidature : 5 juin 2026',
        'location',
      ),
    ).toBe('Nouméa');
    expect(fieldValue('**Lieu de travail** Nouméa\n\nAnalyse les moyens.', 'location')).toBe(
      'Nouméa',
    );
  });
});
