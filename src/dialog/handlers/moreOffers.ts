import type { CatalogEntry } from '../../offers/catalog.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, MAX_LISTED, offerLines, offerQuickReply } from '../render.ts';
import type { Handler } from '../turnContext.ts';

const INTENT = 'offers.list';

/**
 * "Voir plus", "la suite", "les autres" after a listing: the next offers of the last list,
 * numbered on from where the listing stopped (a rank such as "le 10e" resolves in the whole
 * list), with "Voir plus" while more remain. Says so when all were shown, when the rest was not
 * remembered, or when the last list was no listing.
 */
export const moreOffers: Handler = (context) => {
  const { state, catalog, today } = context;
  const listing = state.listing;
  const say = (text: string, quickReplies: string[] = [messages.quick.openOffers]) => ({
    answer: answer(INTENT, text, { quickReplies }),
    state: { ...state, pendingIntent: null, lastIntent: INTENT },
  });
  if (listing === null || state.lastList[0] !== listing.first)
    return say(messages.listNoneToContinue);
  const entries = state.lastList
    .map((reference) => catalog.byRef(reference))
    .filter((e): e is CatalogEntry => e !== undefined);
  const start = listing.shown;
  if (start >= entries.length)
    return say(
      start >= listing.total
        ? messages.listAllShown(listing.total)
        : messages.listNotKept(listing.total - start),
    );
  const page = entries.slice(start, start + MAX_LISTED);
  const shown = start + page.length;
  const lines = [
    messages.listNext(start + 1, shown, listing.total),
    ...offerLines(entries, false, start),
  ];
  if (shown >= entries.length && listing.total > entries.length)
    lines.push(messages.listNotKept(listing.total - entries.length));
  return {
    answer: answer(INTENT, lines.join('\n'), {
      offers: cards(page, today),
      quickReplies: [
        ...(shown < entries.length ? [messages.quick.more] : []),
        ...page.slice(0, 4).map(offerQuickReply),
      ],
    }),
    state: {
      ...state,
      listing: { ...listing, shown },
      pendingIntent: null,
      lastIntent: INTENT,
    },
  };
};
