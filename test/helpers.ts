import { createAssistant, type LoadedAssistant } from '../src/createAssistant.ts';
import { fixedClock } from '../src/time/clock.ts';

/** The bundled catalog, the real corpus and classifier, with a pinned clock. */
export function seedAssistant(today: string): Promise<LoadedAssistant> {
  return createAssistant({ dataDir: 'data/offers', clock: fixedClock(today) });
}

/** Noon in Nouméa on that day. */
export function noumeaNoon(day: string): Date {
  return new Date(`${day}T12:00:00+11:00`);
}
