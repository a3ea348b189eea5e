import { messages } from '../messages.fr.ts';
import { answer, cards, offerLines, offerQuickReply } from '../render.ts';
import { selectOffers } from '../selectOffers.ts';
import type { Handler, TurnContext, TurnResult } from '../turnContext.ts';

const SUGGESTED = 3;

/**
 * When nothing matches: say so plainly, and suggest open offers elsewhere,
 * or the latest published when none is open.
 */
export function nothingMatches(intent: string, context: TurnContext, where: string): TurnResult {
  const { catalog, today, state } = context;
  const elsewhere = catalog.withStatus('open', today).slice(0, SUGGESTED);
  const suggested = elsewhere.length > 0 ? elsewhere : catalog.published(today).slice(0, SUGGESTED);
  const lines = [messages.listNone(where, today)];
  if (catalog.size === 0) lines.push(messages.catalogEmpty);
  else if (suggested.length > 0) lines.push(elsewhere.length > 0 ? messages.suggestOpenElsewhere : messages.suggestLatest, ...offerLines(suggested));
  return {
    answer: answer(intent, lines.join('\n'), { suggestions: cards(suggested, today), quickReplies: suggested.map(offerQuickReply) }),
    state: { ...state, lastList: suggested.map((e) => e.offer.reference), pendingIntent: null, lastIntent: intent },
  };
}

/** Lists the offers open today, in the places named if any. */
export const listOffers: Handler = (context) => {
  const intent = 'offers.list';
  const { today, state } = context;
  const { found, where } = selectOffers(context);
  if (found.length === 0) return nothingMatches(intent, context, where);
  return {
    answer: answer(intent, [messages.listHeading(found.length, where, today), ...offerLines(found)].join('\n'), {
      offers: cards(found, today),
      quickReplies: found.slice(0, 4).map(offerQuickReply),
    }),
    state: {
      ...state,
      lastList: found.map((e) => e.offer.reference),
      focus: found.length === 1 ? found[0]!.offer.reference : state.focus,
      pendingIntent: null,
      lastIntent: intent,
    },
  };
};

/** Counts the offers open today (in the places named if any): the listing says how many, then shows them. */
export const countOffers: Handler = (context) => {
  const result = listOffers(context);
  return { answer: { ...result.answer, intent: 'offers.count' }, state: { ...result.state, lastIntent: 'offers.count' } };
};
