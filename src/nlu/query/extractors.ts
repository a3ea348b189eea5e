import type { ExtractionInput, Extractor } from './extractor.ts';
import { emptyQuery, type Query } from './query.ts';
import { offerMentions } from './offerMentions.ts';
import { placeFilters } from './placeFilters.ts';
import { employer } from './employer.ts';
import { units } from './units.ts';
import { corps } from './corps.ts';
import { jobs } from './jobs.ts';
import { rank } from './rank.ts';
import { datePredicate } from './datePredicate.ts';
import { status } from './status.ts';
import { sortRequest } from './sortRequest.ts';
import { count } from './count.ts';
import { which } from './which.ts';
import { amongLast } from './amongLast.ts';
import { followUp } from './followUp.ts';
import { other } from './other.ts';
import { topic } from './topic.ts';
import { term } from './glossaryTerm.ts';
import { residence } from './residence.ts';
import { keywords } from './keywords.ts';
import { QUERY_REFINERS } from './refiners.ts';
import { person } from './person.ts';
import { more } from './more.ts';

/**
 * The extractors, in the order they run: each fills one field of the {@link Query}; later ones
 * read the earlier ones (the keywords take what nobody else read). Adding a field of the query
 * means adding it here, and the compiler checks every field has its extractor.
 */
export const EXTRACTORS = [
  person,
  more,
  jobs,
  offerMentions,
  placeFilters,
  employer,
  units,
  corps,
  rank,
  datePredicate,
  status,
  sortRequest,
  count,
  which,
  amongLast,
  other,
  followUp,
  topic,
  term,
  residence,
  keywords,
] as const satisfies ReadonlyArray<Extractor>;

type Covered = (typeof EXTRACTORS)[number]['field'];
/** Fails to compile when a field of the query has no extractor. */
const everyFieldCovered: Record<Exclude<keyof Query, Covered>, never> = {};
void everyFieldCovered;

/** Runs the extractors in order, then the refiners, and returns the query they build. */
export function extractQuery(input: ExtractionInput): Query {
  const query = emptyQuery();
  for (const { field, extract } of EXTRACTORS as ReadonlyArray<Extractor>) {
    (query as unknown as Record<string, unknown>)[field] = extract(input, query);
  }
  return QUERY_REFINERS.reduce((refined, refiner) => refiner.refine(refined, input), query);
}
