import type { EmployerMention } from '../entities/employers.ts';
import type { PlaceMention } from '../entities/places.ts';
import type { ResidenceClaim } from '../entities/residenceYears.ts';

/**
 * What one message asks, as data: built by the extractors of `EXTRACTORS` (one list, run in
 * order, each filling its own field), read by the dialog, which never re-parses the text.
 * Every mention keeps the words it was read from (`said`), so the words left over are known.
 */
export interface Query {
  /** The offers the message names, in the order named (references, short numbers, titles, job words). */
  offers: OfferMention[];
  /** Places asked for, or excluded ("pas à Nouméa", "en dehors du Grand Nouméa"). */
  places: PlaceFilter[];
  /** An employer named by its usual name or acronym ("l'OPT", "la province Sud"). */
  employer: EmployerMention | null;
  /** Directions or services named ("côté télécoms", "la DPSP", "la distribution"). */
  units: UnitMention[];
  /** Corps named ("contrôleur", "cadre technique", "emplois fonctionnels"). */
  corps: CorpsMention[];
  /** Kinds of job named in everyday words ("compta", "chauffeur", "informatique"). */
  jobs: JobMention[];
  /** A rank in the last list shown: 1 for "le premier", -1 for "le dernier". */
  rank: number | null;
  /** Which offers a day or a window selects: open on a day, closing or published in a window. */
  date: DatePredicate | null;
  /** Open, closed or all: what the message says of the offers' state (null: not said). */
  status: 'open' | 'closed' | 'any' | null;
  /** An order asked over a facet ("qui ferme en premier", "la plus longue résidence"). */
  sort: SortRequest | null;
  /** "Combien…": the answer must give a number. */
  count: boolean;
  /** "Quelles offres…", "des postes ?": the question asks which offers, an answer over several. */
  which: boolean;
  /** "Parmi elles", "lequel des deux": the question is about the last list shown. */
  amongLast: boolean;
  /** "Et l'autre ?": the other offer of a last list of two (not the one in focus). */
  other: boolean;
  /** "Et …?", "pareil pour …": the message carries on the last question with what it names. */
  followUp: boolean;
  /** The topic of an offer's document asked about (`documentTopics.fr.json` id: permis, logement...). */
  topic: string | null;
  /** The term a definition question asks about (`glossary.fr.json` id: corps, AVP...). */
  term: string | null;
  /** What the user says of their own residence ("j'habite ici depuis 3 ans"). */
  residence: ResidenceClaim | null;
  /** "Je veux parler à quelqu'un / à un humain / à un conseiller": the message asks for a person. */
  person: boolean;
  /** "Voir plus", "la suite", "les autres": the message asks only for the next offers of the last list. */
  more: boolean;
  /** The words left to search in the offers' text (never generic words such as poste or emploi). */
  keywords: string[];
}

/** How a message names an offer. */
export interface OfferMention {
  /** The words that named it ("0747", "cybersécurité", "3134-26-0705/SR"). */
  said: string;
  by: 'reference' | 'number' | 'title' | 'job';
  /** The catalog's offers it may be, best first; empty when the catalog knows none (an unknown reference). */
  candidates: string[];
  /** The reference as written, normalised, for `reference` and `number` mentions. */
  written: string | null;
}

/** A place asked for (`in`) or excluded (`notIn`). */
export interface PlaceFilter {
  place: PlaceMention;
  polarity: 'in' | 'notIn';
}

/** A direction or a service, by the canonical name the offers print. */
export interface UnitMention {
  kind: 'direction' | 'service';
  name: string;
  said: string;
  /** Asked for, or excluded ("lesquelles ne relèvent pas de la Direction de la poste…"). */
  polarity: 'in' | 'notIn';
}

/** A corps (or a family of corps), by the words its name holds in the offers. */
export interface CorpsMention {
  /** Normalised words looked for in the offers' corps ("controleur", "emploi fonctionnel"). */
  phrase: string;
  said: string;
  /** Asked for, or excluded ("pas pour les cadres d'exploitation"). */
  polarity: 'in' | 'notIn';
}

/** A kind of job in everyday words, and the title words it stands for. */
export interface JobMention {
  /** How to say it back ("chauffeur", "comptabilité"). */
  label: string;
  /** Normalised words of titles (or of missions) that mean this job. */
  titleWords: string[];
  said: string;
}

/** Which offers a date selects. `aujourd'hui` is the day asked, never "the deadline is today" unless said so. */
export type DatePredicate =
  | { kind: 'openOn'; day: string; said: string }
  | { kind: 'deadline'; start: string | null; end: string | null; said: string }
  | { kind: 'published'; start: string | null; end: string | null; said: string };

/** The facets an order can be asked over. */
export type SortKey =
  | 'deadline'
  | 'publishedOn'
  | 'residence'
  | 'teamDirect'
  | 'teamIndirect'
  | 'teamTotal'
  | 'positions';

export interface SortRequest {
  key: SortKey;
  /** `asc`: the smallest / earliest first ("ferme en premier", "la plus courte"). */
  order: 'asc' | 'desc';
  said: string;
  /** "Classe-les par date limite", "triées par…": the whole list in that order, not one winner. */
  arrange: boolean;
}

/** A query that asks nothing. */
export function emptyQuery(): Query {
  return {
    offers: [],
    places: [],
    employer: null,
    units: [],
    corps: [],
    jobs: [],
    rank: null,
    date: null,
    status: null,
    sort: null,
    count: false,
    which: false,
    amongLast: false,
    other: false,
    followUp: false,
    topic: null,
    term: null,
    residence: null,
    person: false,
    more: false,
    keywords: [],
  };
}
