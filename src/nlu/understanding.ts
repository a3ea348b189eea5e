import type { PlaceMention } from './entities/places.ts';

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
  /** A rank in the last list shown ("le deuxième" → 2, "la dernière" → -1). */
  ordinal: number | null;
}
