import type { SortRequest } from '../../nlu/query/query.ts';
import type { CatalogEntry } from '../../offers/catalog.ts';
import { lastListEntries, resolveMention } from '../contextPolicy.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, offerName, MAX_LISTED, MAX_REMEMBERED } from '../render.ts';
import { selectOffers } from '../selectOffers.ts';
import { compareValues, sortValue, type SortValue } from '../sortValues.ts';
import type { Handler, TurnContext } from '../turnContext.ts';
import { nothingMatches } from './listOffers.ts';

/** "Classe-les": with no facet named, the earliest deadline first. */
const BY_DEADLINE: SortRequest = { key: 'deadline', order: 'asc', said: '', arrange: true };

/** True when the message names filters of its own ("parmi les offres de Koné"): they beat the last list. */
function namesFilters({ understanding }: TurnContext): boolean {
  const q = understanding.query;
  return (
    q.places.length > 0 ||
    q.employer !== null ||
    q.units.length > 0 ||
    q.corps.length > 0 ||
    q.jobs.length > 0 ||
    q.status !== null ||
    q.date !== null
  );
}

/** The first offer each mention may be (a mention of several candidates stands for its best). */
function namedOffers(context: TurnContext): CatalogEntry[] {
  const entries = context.understanding.query.offers.flatMap((mention) => {
    const resolved = resolveMention(mention, context);
    if (resolved.kind === 'one') return [resolved.entry];
    return resolved.kind === 'several' ? resolved.entries.slice(0, 1) : [];
  });
  return entries.filter((e, i) => entries.indexOf(e) === i);
}

/**
 * The offers compared: those the message names (two or more), else the last list when the message
 * points at it ("lequel", "des deux", "parmi elles") and names no filter of its own, else the
 * offers a listing with the same words selects (open today by default).
 */
function comparedOffers(context: TurnContext): { entries: CatalogEntry[]; named: boolean } | null {
  const named = namedOffers(context);
  if (named.length > 1) return { entries: named, named: true };
  const listed = lastListEntries(context);
  if (context.understanding.query.amongLast && listed.length > 1 && !namesFilters(context))
    return { entries: listed, named: false };
  return null;
}

/**
 * "Lequel ferme le plus tard ?", "quel poste encadre le plus de personnes ?": ranks the compared
 * offers on the facet asked, names the best (every one tied with it) with its value and reference,
 * says for which offers the document is silent, and remembers the ranking as the last list.
 */
export const sortOffers: Handler = (context) => {
  const intent = 'offers.sort';
  const { today, state, understanding } = context;
  const request = understanding.query.sort ?? BY_DEADLINE;
  const { key, order } = request;
  const selection = selectOffers(context);
  const compared = comparedOffers(context);
  let pool = compared?.entries ?? selection.found;
  // nothing open and nothing else asked: the order over every offer published, said as such
  const amongPublished =
    pool.length === 0 && understanding.query.status === null && !namesFilters(context);
  if (amongPublished) pool = context.catalog.published(today);
  if (pool.length === 0) return nothingMatches(intent, context, selection);
  const valued = pool.map((entry) => ({ entry, value: sortValue(entry.offer, key) }));
  const known = valued.filter(
    (v): v is { entry: CatalogEntry; value: SortValue } => v.value !== null,
  );
  const unknown = valued.filter((v) => v.value === null).map((v) => v.entry);
  const sign = order === 'asc' ? 1 : -1;
  const ranked = [...known].sort((a, b) => sign * compareValues(a.value, b.value));
  const lines: string[] = amongPublished ? [messages.sortAmongPublished] : [];
  const best = ranked[0];
  const winners = best === undefined ? [] : ranked.filter((v) => v.value === best.value);
  const label = messages.sortLabels[key][order];
  const say = (entry: CatalogEntry, value: SortValue) =>
    messages.sortValues[key](value) +
    (key === 'teamTotal' && entry.offer.team !== null
      ? messages.teamParts(entry.offer.team.direct, entry.offer.team.indirect)
      : '');
  if (best === undefined) lines.push(messages.sortNoneKnown(messages.sortFacets[key], pool.length));
  else if (winners.length === 1)
    lines.push(
      messages.sortWinner(pool.length, label, offerName(best.entry), say(best.entry, best.value)),
    );
  else
    lines.push(
      messages.sortTied(pool.length, label, winners.length, say(best.entry, best.value)),
      ...winners.map((w) => messages.sortTiedName(offerName(w.entry))),
    );
  if (ranked.length > winners.length)
    lines.push(
      messages.sortRankedHeading,
      ...ranked
        .slice(0, MAX_LISTED)
        .map((v, i) => messages.sortRankedLine(i + 1, offerName(v.entry), say(v.entry, v.value))),
    );
  if (unknown.length > 0)
    lines.push(messages.sortUnknown(messages.sortFacets[key], unknown.map(offerName)));
  const rankedEntries = [...ranked.map((v) => v.entry), ...unknown];
  // offers the message named are all what the answer is about, the best first
  const shown =
    compared?.named === true
      ? rankedEntries
      : winners.length > 0
        ? winners.map((w) => w.entry)
        : unknown;
  return {
    answer: answer(intent, lines.join('\n'), {
      offers: cards(shown, today),
      suggestions: cards(
        rankedEntries.filter((e) => !shown.includes(e)),
        today,
      ),
      quickReplies: [messages.quick.deadline, messages.quick.requirements],
    }),
    state: {
      ...state,
      focus: winners.length === 1 ? winners[0]!.entry.offer.reference : state.focus,
      lastList: rankedEntries.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
      pendingIntent: null,
      lastIntent: intent,
    },
  };
};
