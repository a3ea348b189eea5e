import jobTable from '../text/lexicon/jobWords.fr.json' with { type: 'json' };
import type { CatalogEntry } from '../offers/catalog.ts';
import { offerStatus } from '../offers/offer.ts';
import { FALLBACK_INTENT } from '../nlu/understand.ts';
import type { OfferMention, Query } from '../nlu/query/query.ts';
import type { TurnContext } from './turnContext.ts';

/**
 * The context policy, in one place: how what a message names is weighed against what the
 * conversation remembers (the offer in focus, the last list shown, a pending question).
 *
 * 1. What the message names wins: a named offer over the focus, a new question over a pending one.
 * 2. A pending clarification ("De quelle offre parlez-vous ?") is answered only by a message that
 *    asks nothing new: it names an offer or a rank, and its intent is none or a bare "this offer".
 * 3. A rank resolves in the last list shown; a rank beyond it is said, never silently replaced.
 * 4. "Lequel des deux…", "parmi elles…": each offer of the last list (a short one) is answered.
 * 5. A place narrows what is named ("le chef d'agence à Koné"), or names the one offer there
 *    ("et celui de Dumbéa ?"), in the last list first.
 * 6. "Et …?" carries on the last question with what the message names: the same field of
 *    another offer, or the same listing with other filters.
 * 7. Without anything named, the focus; else an offer the message's other words describe clearly
 *    ("le poste où on fait les timbres"); else the one offer of a one-result list.
 * 8. A question over several offers goes to the handler that compares or counts them, whatever
 *    the classifier read in it: an order asked ("quel poste encadre le plus de personnes ?") is a
 *    sort; "quelles offres" with a date ("c'est le dernier jour pour quelles offres ?") a listing;
 *    a residence question that counts or asks which offers is a residence listing. A rank
 *    with no order asked ("la dernière") names one offer, never a sort.
 */

/** Which offer a question is about. */
export type OfferResolution =
  | { kind: 'one'; entry: CatalogEntry }
  | { kind: 'several'; entries: CatalogEntry[] }
  | { kind: 'list'; entries: CatalogEntry[] }
  | { kind: 'unknownReference'; reference: string }
  | { kind: 'rankBeyond'; rank: number; listed: number }
  | { kind: 'none' };

/** Intents that, when they are the classifier's choice, mean the user changed the subject. */
const TOPIC_INTENTS = new Set(['greeting', 'thanks', 'goodbye', 'help', 'offers.list']);
/** Intents that ask nothing beyond "this offer": a bare name answering a pending question. */
const NAMING_INTENTS = new Set([FALLBACK_INTENT, 'offer.details']);
/** Intents a follow-up ("et pour Koné ?") may carry on. */
const LISTING_INTENTS = new Set(['offers.list', 'offers.count']);
const NOT_CARRIED = new Set([
  FALLBACK_INTENT,
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'outOfScope',
  'glossary',
]);
/** A follow-up classified with less confidence than this asks nothing of its own ("et pour X ?"). */
const CARRY_BELOW = 0.7;
/** Topics of the document the conditions answer reads (licence, travel, housing, hours, on-call). */
const CONDITION_TOPICS = new Set(['permis', 'deplacements', 'logement', 'horaires', 'astreintes']);
/** "Lequel des deux…" answers each offer of a last list this short; a longer one asks which. */
const MAX_EACH = 6;

/** True when the query names a group of offers: a place, an employer, a unit, a corps, a job. */
function namesGroup(query: Query): boolean {
  return (
    query.places.length > 0 ||
    query.employer !== null ||
    query.units.length > 0 ||
    query.corps.length > 0 ||
    query.jobs.length > 0
  );
}

/** True when the query restricts a listing: a group of offers, or words to search. */
function filtersListing(query: Query): boolean {
  return namesGroup(query) || query.keywords.length > 0;
}

/** Intents whose question over several offers is answered by the residence listing. */
const RESIDENCE_INTENTS = new Set(['offer.residence', 'eligibility.residence']);

/** Rule 5: the intent of a question over several offers (no single offer named, no rank), or null. */
function overSeveralOffers(context: TurnContext): string | null {
  const { intent, query } = context.understanding;
  if (query.rank !== null)
    return intent === 'offers.sort' && query.sort === null && namesOffer(context)
      ? 'offer.details'
      : null;
  if (query.offers.length === 1) return null;
  if (query.sort?.arrange === true && !query.amongLast)
    return query.count ? 'offers.count' : 'offers.list';
  if (query.sort !== null) return 'offers.sort';
  // "j'ai 9 ans de résidence, lesquels me sont accessibles ?": a claim over several offers
  if (query.residence !== null && query.offers.length === 0 && (query.which || query.count))
    return 'eligibility.residence';
  if (
    query.which &&
    query.offers.length === 0 &&
    (query.date !== null || query.status !== null || namesGroup(query))
  )
    return query.count ? 'offers.count' : 'offers.list';
  // "corps rédacteur", "la distribution recrute ?", "combien de postes à PK5": a group named and
  // no offer is a listing (or a count), whatever field the classifier read
  if (query.offers.length === 0 && !RESIDENCE_INTENTS.has(intent)) {
    const kindNamed = query.units.length > 0 || query.corps.length > 0 || query.jobs.length > 0;
    // "et celle de la DAJI, elle fermait quand ?": a group of one offer names that offer
    const fieldOfOne = intent.startsWith('offer.') && groupOfOne(context) !== null;
    if (kindNamed && !fieldOfOne) return query.count ? 'offers.count' : 'offers.list';
    if (query.count && namesGroup(query)) return 'offers.count';
  }
  if (
    RESIDENCE_INTENTS.has(intent) &&
    query.offers.length === 0 &&
    (query.count ||
      query.which ||
      namesGroup(query) ||
      (query.amongLast && context.state.lastList.length > 0))
  )
    return 'eligibility.residence';
  return null;
}

/** True when the message names an offer (a reference, a number, a title, a job) or a rank. */
function namesOffer(context: TurnContext): boolean {
  const { query } = context.understanding;
  const listed = context.state.lastList.length;
  return (
    query.offers.length > 0 || (query.rank !== null && listed > 0) || (query.other && listed === 2)
  );
}

/**
 * Chooses the intent to act on: the classifier's, unless the message only names an offer while a
 * question waits for one (then the waiting question), or the classifier had no answer and the
 * message names an offer (its details) or a place (a listing).
 */
export function chooseIntent(context: TurnContext): string {
  const { understanding, state } = context;
  const { intent, query } = understanding;
  const naming = namesOffer(context) || query.places.some((p) => p.polarity === 'in');
  const last = state.lastIntent;
  // Asking to talk to a person is asking for a contact, whatever the classifier read in it.
  if (query.person) return 'offer.contact';
  // "Voir plus", "la suite": the next offers of the last listing (its handler pages it).
  if (query.more) return 'offers.list';
  if (query.followUp && last !== null && !NOT_CARRIED.has(last)) {
    if (LISTING_INTENTS.has(last) && query.offers.length === 0 && filtersListing(query))
      return last;
    const asksLittle = NAMING_INTENTS.has(intent) || understanding.confidence < CARRY_BELOW;
    if (!LISTING_INTENTS.has(last) && asksLittle && naming) return last;
  }
  if (state.pendingIntent !== null && naming && NAMING_INTENTS.has(intent))
    return state.pendingIntent;
  if (
    state.pendingIntent !== null &&
    naming &&
    intent !== FALLBACK_INTENT &&
    !TOPIC_INTENTS.has(intent)
  )
    return intent;
  // "faut bouger dans d'autres communes ?": a condition of the job named, the classifier unsure
  // "communes couvertes ?" about the offer in focus: a listing with nothing to list is not one;
  // "l'offre X prévoit-elle des déplacements ?" asks a condition, not the whole offer
  const asksACondition =
    (intent === 'offers.list' && !filtersListing(query) && (state.focus !== null || naming)) ||
    intent === 'offer.details';
  if (
    query.topic !== null &&
    CONDITION_TOPICS.has(query.topic) &&
    (understanding.confidence < CARRY_BELOW || asksACondition)
  )
    return 'offer.conditions';
  const several = overSeveralOffers(context);
  if (several !== null) return several;
  if (intent === FALLBACK_INTENT && namesOffer(context)) return 'offer.details';
  if (intent === FALLBACK_INTENT && (namesGroup(query) || query.date !== null))
    return 'offers.list';
  return intent;
}

/** The entries a mention may be, published by `today`, best first. */
function candidatesOf(mention: OfferMention, context: TurnContext): CatalogEntry[] {
  const { catalog, today } = context;
  return mention.candidates
    .map((reference) => catalog.byRef(reference))
    .filter(
      (e): e is CatalogEntry => e !== undefined && offerStatus(e.offer, today) !== 'upcoming',
    );
}

/** Entries in any of the places the query asks for (all of them when it names none). */
function inPlaces(entries: CatalogEntry[], query: Query): CatalogEntry[] {
  const places = query.places.filter((p) => p.polarity === 'in').map((p) => p.place);
  if (places.length === 0) return entries;
  return entries.filter((e) =>
    places.some((p) =>
      p.kind === 'commune'
        ? e.communes.some((c) => c.name === p.commune.name)
        : e.province === p.province,
    ),
  );
}

/** Resolves one mention: one offer, several (the focus wins among them), or an unknown reference. */
export function resolveMention(mention: OfferMention, context: TurnContext): OfferResolution {
  const all = candidatesOf(mention, context);
  const placed = inPlaces(all, context.understanding.query);
  const entries = placed.length > 0 ? placed : all;
  if (entries.length === 0)
    return mention.written !== null
      ? { kind: 'unknownReference', reference: mention.written }
      : { kind: 'none' };
  if (entries.length === 1) return { kind: 'one', entry: entries[0]! };
  const focused = entries.find((e) => e.offer.reference === context.state.focus);
  if (focused !== undefined) return { kind: 'one', entry: focused };
  const listed = entries.filter((e) => context.state.lastList.includes(e.offer.reference));
  if (listed.length === 1) return { kind: 'one', entry: listed[0]! };
  return { kind: 'several', entries };
}

/** The entries of the last list shown, in its order. */
export function lastListEntries(context: TurnContext): CatalogEntry[] {
  return context.state.lastList
    .map((reference) => context.catalog.byRef(reference))
    .filter((e): e is CatalogEntry => e !== undefined);
}

/** Title words that name no offer on their own (`jobWords.fr.json`). */
const GENERIC_TITLE_WORDS = new Set(jobTable.generic);
/**
 * The one offer published by the day asked in the direction, service, corps or kind of job the
 * message names, when there is exactly one ("celle de la DAJI"); null otherwise.
 */
export function groupOfOne(context: TurnContext): CatalogEntry | null {
  const { query } = context.understanding;
  if (query.units.length === 0 && query.corps.length === 0 && query.jobs.length === 0) return null;
  const corpsIn = query.corps.filter((c) => c.polarity === 'in').map((c) => c.phrase);
  const titleWords = query.jobs.flatMap((j) => j.titleWords);
  const hits = context.catalog.search('', {
    publishedBy: context.today,
    ...(query.units.length > 0 ? { units: query.units } : {}),
    ...(corpsIn.length > 0 ? { corpsAny: corpsIn } : {}),
    ...(titleWords.length > 0 ? { titleWords } : {}),
  });
  return hits.length === 1 ? hits[0]!.entry : null;
}

/** A described offer's best hit must score this many times the next one's. */
const CLEAR_LEAD = 2;

/**
 * "Le poste où on fait les timbres", "celui du solaire": with nothing named and nothing in focus,
 * the words left (`keywords`) name an offer when the full-text search finds one offer clearly
 * ahead of the others.
 */
function offerDescribed(context: TurnContext): CatalogEntry | null {
  // generic title words ("contact", "chef", "agent") describe no offer in particular
  const keywords = context.understanding.query.keywords.filter((w) => !GENERIC_TITLE_WORDS.has(w));
  if (keywords.length === 0) return null;
  const hits = context.catalog.search(keywords.join(' '), { publishedBy: context.today });
  const [best, next] = hits;
  if (best === undefined) return null;
  return next === undefined || best.score >= CLEAR_LEAD * next.score ? best.entry : null;
}

/**
 * Resolves the offer a turn is about: the offer the message names first, then a rank in the last
 * list ("le deuxième"), then the offer in focus, then the one offer of a one-result list.
 */
export function resolveOffer(context: TurnContext): OfferResolution {
  const { understanding, catalog, state } = context;
  const { query } = understanding;
  const mention = query.offers[0];
  if (mention !== undefined) return resolveMention(mention, context);
  if (query.rank !== null && state.lastList.length > 0) {
    const list = state.lastList;
    const reference = query.rank === -1 ? list[list.length - 1] : list[query.rank - 1];
    const entry = reference === undefined ? undefined : catalog.byRef(reference);
    if (entry !== undefined) return { kind: 'one', entry };
    return { kind: 'rankBeyond', rank: query.rank, listed: list.length };
  }
  const listed = lastListEntries(context);
  if (query.other && listed.length === 2) {
    const [first, second] = listed as [CatalogEntry, CatalogEntry];
    return { kind: 'one', entry: first.offer.reference === state.focus ? second : first };
  }
  if (query.amongLast && listed.length > 1 && listed.length <= MAX_EACH)
    return { kind: 'list', entries: listed };
  if (query.places.some((p) => p.polarity === 'in')) {
    const there = inPlaces(listed, query);
    const open = inPlaces(catalog.withStatus('open', context.today), query);
    // "le poste de Dumbéa c'est encore bon ?" after it closed: the one published there
    const anywhere =
      there.length > 0
        ? there
        : open.length > 0
          ? open
          : inPlaces(catalog.published(context.today), query);
    if (anywhere.length === 1) return { kind: 'one', entry: anywhere[0]! };
  }
  const ofGroup = groupOfOne(context);
  if (ofGroup !== null) return { kind: 'one', entry: ofGroup };
  const focus = state.focus === null ? undefined : catalog.byRef(state.focus);
  if (focus !== undefined) return { kind: 'one', entry: focus };
  const described = offerDescribed(context);
  if (described !== null) return { kind: 'one', entry: described };
  if (state.lastList.length === 1) {
    const only = catalog.byRef(state.lastList[0]!);
    if (only !== undefined) return { kind: 'one', entry: only };
  }
  return { kind: 'none' };
}
