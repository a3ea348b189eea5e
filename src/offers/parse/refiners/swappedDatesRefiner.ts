import { formatShortDate } from '../../../time/noumea.ts';
import type { Refiner } from '../types.ts';

/**
 * A deadline earlier than the publication is suspicious. When the labels look
 * swapped (the reference line's date is the "deadline", or there is no reference
 * date to say otherwise), the two dates are swapped; otherwise only a warning.
 */
export const swappedDatesRefiner: Refiner = {
  name: 'swappedDates',
  refine(_context, draft) {
    const { publishedOn, deadline, referenceDate } = draft;
    if (publishedOn === null || deadline === null || deadline >= publishedOn) return;
    const swapped = referenceDate === null ? true : referenceDate === deadline;
    if (swapped) {
      draft.publishedOn = deadline;
      draft.deadline = publishedOn;
      draft.found = { publishedOn: draft.found.deadline, deadline: draft.found.publishedOn };
      draft.warnings.push(
        `Dates de dépôt et limite inversées dans le document : publication le ${formatShortDate(deadline)}, clôture le ${formatShortDate(publishedOn)}.`,
      );
      return;
    }
    draft.warnings.push(
      `Date limite de candidature (${formatShortDate(deadline)}) antérieure à la date de dépôt (${formatShortDate(publishedOn)}).`,
    );
  },
};
