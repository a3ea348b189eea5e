import { residenceYears } from '../../nlu/entities/residenceYears.ts';
import type { CatalogEntry } from '../../offers/catalog.ts';
import { lastListEntries } from '../contextPolicy.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, offerName, MAX_LISTED, MAX_REMEMBERED } from '../render.ts';
import { selectOffers } from '../selectOffers.ts';
import { requiredResidenceYears } from '../sortValues.ts';
import type { Handler, TurnContext, TurnResult } from '../turnContext.ts';
import { aboutOffer } from './aboutOffer.ts';

const INTENT = 'eligibility.residence';

/**
 * "J'habite ici depuis 7 ans, je peux postuler ?": compares the residence the user states with
 * the one the offer requires, and says what it means. A year of arrival counts the years
 * completed at most; no word of origin is read as citizenship (the bot never decides it).
 */
const aboutOne: Handler = aboutOffer(INTENT, (entry, { understanding, today }) => {
  const name = offerName(entry);
  const required = entry.offer.residence;
  const claim = understanding.query.residence;
  const lines: string[] = [];
  const silent = required === null && entry.offer.residenceRequired === null;
  if (silent) lines.push(messages.residenceSilent(name));
  else if (required === null) lines.push(messages.residenceNone(name));
  else if (required.years === null) lines.push(messages.residenceText(name, required.text));
  else {
    const years = claim === null ? null : residenceYears(claim, today);
    if (years === null) lines.push(messages.residenceAsk(name, required.years));
    else if (years >= required.years)
      lines.push(messages.residenceEnough(name, years, required.years));
    else lines.push(messages.residenceShort(name, years, required.years));
  }
  if (required !== null) lines.push(messages.residenceMeaning);
  return { text: lines.join('\n'), silent };
});

/**
 * True when a residence question is about several offers: it counts or asks which ("combien
 * d'offres me sont accessibles ?", "5 ans de résidence, offres éligibles ?") or points at the last
 * list ("laquelle d'entre elles") or names a group of offers ("côté télécoms je peux postuler
 * où ?"), and names no offer nor rank.
 */
export function asksOverSeveral({ understanding, state }: TurnContext): boolean {
  const q = understanding.query;
  if (q.offers.length > 0 || q.rank !== null) return false;
  const namesGroup =
    q.units.length > 0 || q.corps.length > 0 || q.employer !== null || q.jobs.length > 0;
  return q.count || q.which || namesGroup || (q.amongLast && state.lastList.length > 0);
}

/** What an offer requires, said: its years, "aucune", or the document's words. */
function requiredText(entry: CatalogEntry): string {
  const years = requiredResidenceYears(entry.offer);
  if (years === 0) return messages.residenceRequiredNone;
  if (years !== null) return messages.residenceRequiredYears(years);
  return entry.offer.residence?.text ?? '';
}

/**
 * The offers a residence claim meets (or, with no claim, the offers that require a residence),
 * among the last list when the message points at it, else among the offers the listing filters
 * select (open today by default; free words are not searched), each with its required duration.
 */
function overSeveral(context: TurnContext): TurnResult {
  const { understanding, state, today } = context;
  const { query } = understanding;
  const listed = query.amongLast ? lastListEntries(context) : [];
  // The listing's filters (places, employer, units...) without its free words: "accessibles",
  // "point de vue" are the question's, not the offers'.
  const unworded = { ...understanding, query: { ...query, keywords: [] } };
  const pool =
    listed.length > 0 ? listed : selectOffers({ ...context, understanding: unworded }).found;
  const stated = pool.filter(
    (e) => e.offer.residence !== null || e.offer.residenceRequired !== null,
  );
  const unstated = pool.filter((e) => !stated.includes(e));
  const lines: string[] = [];
  let shown: CatalogEntry[];
  const numbered = (entries: CatalogEntry[]) =>
    entries
      .slice(0, MAX_LISTED)
      .map((e, i) => messages.residenceRequiredLine(i + 1, offerName(e), requiredText(e)));
  if (query.residence === null) {
    shown = stated.filter((e) => requiredResidenceYears(e.offer) !== 0);
    lines.push(messages.residenceRequiredCount(shown.length, pool.length), ...numbered(shown));
  } else {
    const has = residenceYears(query.residence, today);
    const meets = (e: CatalogEntry) => (requiredResidenceYears(e.offer) ?? Infinity) <= has;
    shown = stated.filter(meets);
    const longer = stated.filter((e) => !meets(e));
    lines.push(messages.residenceEligibleCount(shown.length, pool.length, has), ...numbered(shown));
    if (shown.length > MAX_LISTED) lines.push(messages.listMore(shown.length - MAX_LISTED));
    if (longer.length > 0)
      lines.push(
        messages.residenceLonger,
        ...longer.map((e) => messages.residenceLongerLine(offerName(e), requiredText(e))),
      );
  }
  if (unstated.length > 0) lines.push(messages.residenceUnstated(unstated.map(offerName)));
  lines.push(messages.residenceMeaning);
  return {
    answer: answer(INTENT, lines.join('\n'), { offers: cards(shown, today) }),
    state: {
      ...state,
      focus: shown.length === 1 ? shown[0]!.offer.reference : state.focus,
      lastList: shown.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
      pendingIntent: null,
      lastIntent: INTENT,
    },
  };
}

/** A residence question: about one offer, or over several (which ones, how many). */
export const residenceEligibility: Handler = (context) =>
  asksOverSeveral(context) ? overSeveral(context) : aboutOne(context);
