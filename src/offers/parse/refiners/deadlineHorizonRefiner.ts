import { addDays, formatShortDate } from '../../../time/noumea.ts';
import type { FrenchDate } from '../frenchDate.ts';
import type { Refiner } from '../types.ts';

/** Offers stay open a few weeks; past this many days after publication the deadline is doubtful. */
export const MAX_OPEN_DAYS = 366;

/** The date with another year, when that year makes the written weekday right. */
function yearFixedByWeekday(found: FrenchDate, years: number[]): string | null {
  if (found.writtenWeekday === null || found.weekdayMatches) return null;
  for (const year of years) {
    const iso = `${year}${found.iso.slice(4)}`;
    const day = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.getUTCDay() === found.writtenWeekday) return iso;
  }
  return null;
}

/**
 * A deadline more than a year after publication is flagged. Choice: it is KEPT
 * (a long-running call is possible and "never guessed" is the rule), except when
 * the written weekday proves the year a typo ("vendredi 29 mai 2029" is a Tuesday;
 * 29 May 2026 is a Friday): then the year that matches the weekday, within a year
 * of publication, is taken. Both cases leave a warning.
 */
export const deadlineHorizonRefiner: Refiner = {
  name: 'deadlineHorizon',
  refine(_context, draft) {
    const { publishedOn, deadline } = draft;
    if (
      publishedOn === null ||
      deadline === null ||
      deadline <= addDays(publishedOn, MAX_OPEN_DAYS)
    )
      return;
    const year = Number(publishedOn.slice(0, 4));
    const fixed = draft.found.deadline
      ? yearFixedByWeekday(draft.found.deadline, [year, year + 1])
      : null;
    if (fixed !== null && fixed >= publishedOn && fixed <= addDays(publishedOn, MAX_OPEN_DAYS)) {
      draft.deadline = fixed;
      draft.warnings.push(
        `Année de la date limite corrigée (${formatShortDate(deadline)} → ${formatShortDate(fixed)}) : le jour de la semaine écrit ne correspond qu'à ${fixed.slice(0, 4)}.`,
      );
      return;
    }
    draft.warnings.push(
      `Date limite de candidature (${formatShortDate(deadline)}) à plus d'un an de la publication (${formatShortDate(publishedOn)}) : à vérifier.`,
    );
  },
};
