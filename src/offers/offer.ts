/**
 * An offer ("avis de vacance de poste") as the catalog holds it.
 * Every field a document does not give is `null`: never guessed.
 */
export interface Residence {
  /** The document's wording, e.g. `au moins égale à 10 ans`. */
  text: string;
  /** The years required when stated, e.g. `10`; null when the text gives no number. */
  years: number | null;
}

export interface Offer {
  /** Normalised reference, e.g. `3134-25-0833/SR`. */
  reference: string;
  title: string;
  employer: string | null;
  corps: string | null;
  direction: string | null;
  location: string | null;
  /** Null when the document says "/" (no residence required) or is silent. */
  residence: Residence | null;
  /**
   * Whether a residence duration is required: true when one is stated, false
   * when the document says "/" (none), null when it is silent.
   */
  residenceRequired: boolean | null;
  /** ISO day of publication ("date de dépôt de l'offre"). */
  publishedOn: string | null;
  /** ISO day of the application deadline, last day included. */
  deadline: string | null;
  /** A note on the deadline, e.g. `Modification de la date de clôture initialement prévue le 18/07/2025`. */
  deadlineNote: string | null;
  /** ISO day of the deadline before it was moved, when the note gives it. */
  previousDeadline: string | null;
  /** "Poste à pourvoir", as written (`Immédiatement`, `1er janvier 2025`, ...). */
  startDate: string | null;
  /** The RESPNC job of reference ("Emploi RESPNC"), when given. */
  respncJob: string | null;
  missions: string[];
  /** The "Savoir / Connaissance / Diplôme exigé" list. */
  requirements: string[];
  /** The whole document body as plain text, for questions about its content. */
  body: string;
  /** The file it was read from, relative to the data folder. */
  source: string;
  /** What the parser found doubtful (scrambled layout, impossible dates...). */
  warnings: string[];
}

/** Where an offer stands on a given Nouméa day. */
export type OfferStatus = 'upcoming' | 'open' | 'closed';

/**
 * Open from its publication day to its deadline, both included.
 * Before publication it does not exist yet; after the deadline it is closed.
 * An offer without a deadline is open from its publication on.
 */
export function offerStatus(
  offer: Pick<Offer, 'publishedOn' | 'deadline'>,
  today: string,
): OfferStatus {
  if (offer.publishedOn !== null && today < offer.publishedOn) return 'upcoming';
  if (offer.deadline !== null && today > offer.deadline) return 'closed';
  return 'open';
}
