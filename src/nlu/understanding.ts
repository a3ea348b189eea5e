import type { PlaceMention } from './entities/places.ts';
import type { EmployerMention } from './entities/employers.ts';
import type { DateMention } from './dates/index.ts';

/** What the understanding stage makes of one message. */
export interface Understanding {
  /** The message as received (capped). */
  text: string;
  /** Its normalised words. */
  words: string[];
  /** The intent chosen, or `fallback` when nothing is confident enough. */
  intent: string;
  confidence: number;
  places: PlaceMention[];
  /** Offer references written in the message, normalised. */
  references: string[];
  /** An employer named by its usual name or acronym ("l'OPT", "la CAFAT"). */
  employer: EmployerMention | null;
  /** The first date range the message names ("avant le 30 juin", "cette semaine"), in Nouméa days. */
  dates: DateMention | null;
  /** A rank in the last list shown ("le deuxième" → 2, "la dernière" → -1). */
  ordinal: number | null;
}
