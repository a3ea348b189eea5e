import listingTable from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import jobTable from '../../text/lexicon/jobWords.fr.json' with { type: 'json' };
import type { ExtractionInput } from './extractor.ts';
import type { Query } from './query.ts';

/**
 * Settles what two extractors both read (chrono's refiners): each takes the query the extractors
 * built and returns it adjusted. They run in the order of {@link QUERY_REFINERS}.
 */
export interface QueryRefiner {
  name: string;
  refine(query: Query, input: ExtractionInput): Query;
}

/** Title words that name no offer on their own (chef, chargé, direction...). */
const GENERIC = jobTable.generic;

/** True for a word that names nothing alone: a generic title word, or its start ("direct"). */
function weak(word: string): boolean {
  return GENERIC.some((g) => g === word || (word.length >= 5 && g.startsWith(word)));
}

/** True when the question is about several offers: an order, a count, "lesquels", "parmi elles". */
function overSeveral(query: Query): boolean {
  return query.sort !== null || query.count || query.which || query.amongLast;
}

/** The words the units read ("direction des telecommunications", "dpsp"). */
function unitWords(query: Query): Set<string> {
  return new Set(query.units.flatMap((u) => u.said.split(' ')));
}

/** The words that name a group of offers: a unit or a corps ("emploi fonctionnel"). */
function groupWords(query: Query): Set<string> {
  return new Set([...query.units, ...query.corps].flatMap((g) => g.said.split(' ')));
}

/**
 * "La Direction des télécommunications", "côté télécoms", "un emploi fonctionnel": words that name
 * a direction, a service or a corps name that group, not a kind of job nor a title (nor the offers
 * of either) whose words they all are.
 */
const groupsOverNames: QueryRefiner = {
  name: 'groupsOverNames',
  refine(query) {
    if (query.units.length === 0 && query.corps.length === 0) return query;
    const read = groupWords(query);
    const inside = (said: string) => said.split(' ').every((w) => read.has(w));
    // a title said whole stays named in a question about one offer ("les relations au public")
    const titlesGive = overSeveral(query);
    return {
      ...query,
      jobs: query.jobs.filter((j) => !inside(j.said)),
      offers: query.offers.filter(
        (o) =>
          o.by === 'reference' ||
          o.by === 'number' ||
          (o.by === 'title' && !titlesGive) ||
          !inside(o.said),
      ),
    };
  },
};

/**
 * "Parmi les postes de la DPSP, lequel…": in a question over several offers (an order, a count,
 * "lesquels", "parmi elles"), a title named only by a unit's acronym and generic words ("dpsp" +
 * "direct") names the unit, not one of its offers. "Tel directeur DPSP" still names its offer.
 */
const unitsOverWeakTitles: QueryRefiner = {
  name: 'unitsOverWeakTitles',
  refine(query) {
    // "entre le directeur adjoint et le directeur de la DPSP": offers named one by one stay named
    if (query.units.length === 0 || !overSeveral(query) || query.offers.length > 1) return query;
    const read = unitWords(query);
    const offers = query.offers.filter(
      (o) => o.by !== 'title' || !o.said.split(' ').every((w) => read.has(w) || weak(w)),
    );
    return offers.length === query.offers.length ? query : { ...query, offers };
  },
};

/** "Hors du Grand Nouméa": words read as a place name no title ("grand") and no job. */
const placesOverNames: QueryRefiner = {
  name: 'placesOverNames',
  refine(query) {
    if (query.places.length === 0) return query;
    const read = new Set(query.places.flatMap((p) => p.place.said.split(' ')));
    const inside = (said: string) => said !== '' && said.split(' ').every((w) => read.has(w));
    const offers = query.offers.filter(
      (o) => o.by === 'reference' || o.by === 'number' || !inside(o.said),
    );
    const jobs = query.jobs.filter((j) => !inside(j.said));
    return offers.length === query.offers.length && jobs.length === query.jobs.length
      ? query
      : { ...query, offers, jobs };
  },
};

/** Words of the listing lexicon (publication, state, "parmi elles", counting, generic words). */
const LISTING_WORDS = new Set(
  [
    listingTable.publication,
    listingTable.closed,
    listingTable.closing,
    listingTable.any,
    listingTable.count,
    listingTable.generic,
  ]
    .flat()
    .flatMap((form) => normalizeWords(form).split(' ')),
);

/**
 * "Qu'est-ce qui a été publié depuis le 1er juin ?": words that say when or which state
 * ("publié", "fermées", "combien") or that the date read name no title ("publié" is not "public").
 */
const askingWordsNameNothing: QueryRefiner = {
  name: 'askingWordsNameNothing',
  refine(query) {
    const dated = new Set([
      ...(query.date?.said.split(' ') ?? []),
      ...(query.sort?.said.split(' ') ?? []),
    ]);
    const asking = (w: string) => LISTING_WORDS.has(w) || dated.has(w);
    const offers = query.offers.filter((o) => o.by !== 'title' || !o.said.split(' ').every(asking));
    return offers.length === query.offers.length ? query : { ...query, offers };
  },
};

/** The refiners, in the order they run after the extractors. */
export const QUERY_REFINERS: readonly QueryRefiner[] = [
  askingWordsNameNothing,
  placesOverNames,
  groupsOverNames,
  unitsOverWeakTitles,
];
