import { messages } from '../messages.fr.ts';
import { answer, cards, offerLines, offerQuickReply, MAX_REMEMBERED } from '../render.ts';
import { selectOffers, type Selection } from '../selectOffers.ts';
import type { Handler, TurnContext, TurnResult } from '../turnContext.ts';

const SUGGESTED = 3;

/**
 * When nothing matches: say so plainly (with what was asked), and suggest
 * open offers (in the same places first), or the latest published when none is open.
 */
export function nothingMatches(
  intent: string,
  context: TurnContext,
  selection: Pick<Selection, 'query' | 'filters'>,
): TurnResult {
  const { catalog, today, state } = context;
  const open = catalog.search('', { publishedBy: today, openOn: today });
  const nearby =
    selection.query.places.length > 0
      ? catalog.search('', { places: selection.query.places, publishedBy: today, openOn: today })
      : [];
  const elsewhere = [...nearby, ...open]
    .map((h) => h.entry)
    .filter((e, i, all) => all.indexOf(e) === i)
    .slice(0, SUGGESTED);
  const suggested = elsewhere.length > 0 ? elsewhere : catalog.published(today).slice(0, SUGGESTED);
  const lines = [messages.listNone(selection.query.status, selection.filters, today)];
  if (catalog.size === 0) lines.push(messages.catalogEmpty);
  else if (suggested.length > 0)
    lines.push(
      elsewhere.length > 0 ? messages.suggestOpen : messages.suggestLatest,
      ...offerLines(suggested),
    );
  return {
    answer: answer(intent, lines.join('\n'), {
      suggestions: cards(suggested, today),
      quickReplies: suggested.map(offerQuickReply),
    }),
    state: {
      ...state,
      lastList: suggested.map((e) => e.offer.reference),
      pendingIntent: null,
      lastIntent: intent,
    },
  };
}

/** Lists the offers a question asks for (open today unless it asks for others), with what was asked. */
export const listOffers: Handler = (context) => {
  const intent = 'offers.list';
  const { today, state } = context;
  const selection = selectOffers(context);
  const { found, query, filters } = selection;
  if (found.length === 0) return nothingMatches(intent, context, selection);
  return {
    answer: answer(
      intent,
      [messages.listHeading(found.length, query.status, filters, today), ...offerLines(found)].join(
        '\n',
      ),
      {
        offers: cards(found, today),
        quickReplies: found.slice(0, 4).map(offerQuickReply),
      },
    ),
    state: {
      ...state,
      lastList: found.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
      focus: found.length === 1 ? found[0]!.offer.reference : state.focus,
      pendingIntent: null,
      lastIntent: intent,
    },
  };
};
