import table from '../../text/lexicon/sortOrders.fr.json' with { type: 'json' };
import type { CatalogEntry } from '../../offers/catalog.ts';
import { normalizeWords } from '../../text/normalize.ts';
import { formatLongDate } from '../../time/noumea.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, offerName, MAX_REMEMBERED } from '../render.ts';
import { selectOffers } from '../selectOffers.ts';
import type { Handler } from '../turnContext.ts';
import { nothingMatches } from './listOffers.ts';

type Order = (typeof table.orders)[number];

function orderOf(text: string): Order {
  const padded = ` ${normalizeWords(text)} `;
  return (
    table.orders.find((o) => o.forms.some((f) => padded.includes(` ${f} `))) ?? table.orders[0]!
  );
}

function orderValue(entry: CatalogEntry, order: Order): string | null {
  return order.field === 'deadline' ? entry.offer.deadline : entry.offer.publishedOn;
}

/**
 * "Lequel ferme le plus tard ?": ranks the offers of the last list (or the open
 * offers, in the places named) by deadline or publication date.
 */
export const sortOffers: Handler = (context) => {
  const intent = 'offers.sort';
  const { catalog, today, state, understanding } = context;
  const order = orderOf(understanding.text);
  const fromList =
    understanding.query.places.length === 0
      ? state.lastList
          .map((r) => catalog.byRef(r))
          .filter((e): e is CatalogEntry => e !== undefined)
      : [];
  const selection = selectOffers(context);
  const pool = (fromList.length > 1 ? fromList : selection.found).filter(
    (e) => orderValue(e, order) !== null,
  );
  if (pool.length === 0) return nothingMatches(intent, context, selection);
  const sign = order.direction === 'asc' ? 1 : -1;
  const ranked = [...pool].sort(
    (a, b) => sign * orderValue(a, order)!.localeCompare(orderValue(b, order)!),
  );
  const best = ranked[0]!;
  const date = formatLongDate(orderValue(best, order)!);
  return {
    answer: answer(
      intent,
      messages.sorted(order.label, offerName(best), order.field === 'deadline', date, pool.length),
      {
        offers: cards([best], today),
        suggestions: cards(ranked.slice(1, 4), today),
        quickReplies: [messages.quick.deadline, messages.quick.requirements],
      },
    ),
    state: {
      ...state,
      focus: best.offer.reference,
      lastList: ranked.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
      pendingIntent: null,
      lastIntent: intent,
    },
  };
};
