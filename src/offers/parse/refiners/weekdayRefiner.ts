import { formatLongDate } from '../../../time/noumea.ts';
import type { Refiner } from '../types.ts';

/** Warns when a printed weekday does not match its date ("vendredi 29 mai 2029" is a Tuesday). */
export const weekdayRefiner: Refiner = {
  name: 'weekday',
  refine(_context, draft) {
    const checks = [
      ['de dépôt', draft.found.publishedOn, draft.publishedOn],
      ['limite', draft.found.deadline, draft.deadline],
    ] as const;
    for (const [label, found, kept] of checks) {
      if (found && !found.weekdayMatches && found.iso === kept) {
        draft.warnings.push(
          `Date ${label} « ${found.text} » : le ${formatLongDate(found.iso)} n'est pas le jour écrit.`,
        );
      }
    }
  },
};
