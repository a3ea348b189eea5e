import { findFrenchDate } from './frenchDate.ts';
import type { FieldParser } from './types.ts';

/**
 * Publication ("Date de dépôt de l'offre"), deadline ("Date limite de candidature")
 * and the deadline note ("Modification de la date de clôture initialement prévue
 * le 18/07/2025", kept verbatim, its date being the previous deadline).
 */
export const datesParser: FieldParser = {
  name: 'dates',
  parse({ fields }, draft) {
    const published = fields.get('publishedOn');
    const deadline = fields.get('deadline');
    draft.found.publishedOn = published ? findFrenchDate(published.value) : null;
    draft.found.deadline = deadline ? findFrenchDate(deadline.value) : null;
    draft.publishedOn = draft.found.publishedOn?.iso ?? null;
    draft.deadline = draft.found.deadline?.iso ?? null;
    const note = fields.get('deadlineNote');
    if (note) {
      draft.deadlineNote = note.full;
      draft.previousDeadline = findFrenchDate(note.value)?.iso ?? null;
    }
  },
};
