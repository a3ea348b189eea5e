import { formatShortDate } from '../../../time/noumea.ts';
import type { Refiner } from '../types.ts';

/**
 * The date of the reference line ("3134-25-0833/SR du 06 juin 2025") is the
 * publication date: it fills a missing one and wins over a different
 * "Date de dépôt de l'offre" (with a warning).
 */
export const referenceDateRefiner: Refiner = {
  name: 'referenceDate',
  refine(_context, draft) {
    const { referenceDate, publishedOn } = draft;
    if (referenceDate === null || referenceDate === publishedOn) return;
    if (publishedOn !== null) {
      draft.warnings.push(
        `Date de dépôt (${formatShortDate(publishedOn)}) différente de la date de la référence (${formatShortDate(referenceDate)}) : la référence fait foi.`,
      );
    }
    draft.publishedOn = referenceDate;
    draft.found.publishedOn = null;
  },
};
