import type { PlaceMention } from '../../nlu/entities/places.ts';
import { messages } from '../messages.fr.ts';
import {
  answer,
  cards,
  offerLines,
  offerQuickReply,
  MAX_LISTED,
  MAX_REMEMBERED,
} from '../render.ts';
import { moreOffers } from './moreOffers.ts';
import { selectOffers, type Selection } from '../selectOffers.ts';
import type { Handler, TurnContext, TurnResult } from '../turnContext.ts';

const SUGGESTED = 3;

/** The places around those asked: the commune of a quarter, then the provinces of the communes. */
function around(places: readonly PlaceMention[]): PlaceMention[][] {
  const communes = places.flatMap((p): PlaceMention[] =>
    p.kind === 'commune' ? [{ kind: 'commune', commune: p.commune, said: p.said }] : [],
  );
  const provinces = [
    ...new Set(places.map((p) => (p.kind === 'commune' ? p.commune.province : p.province))),
  ];
  return [
    communes,
    provinces.map((province) => ({ kind: 'province' as const, province, said: '' })),
  ];
}

/**
 * When nothing matches: the first sentence says so, naming what was asked ("Aucune offre de
 * chauffeur ouverte à Touho ce …"); then open offers are suggested, around the places asked first
 * (the commune of a quarter, then the province), or the latest published when none is open. The
 * offers of the catalog are never listed as if they matched.
 */
export function nothingMatches(
  intent: string,
  context: TurnContext,
  selection: Pick<Selection, 'query' | 'filters'> & Partial<Pick<Selection, 'job'>>,
): TurnResult {
  const { catalog, today, state } = context;
  const open = catalog.search('', { publishedBy: today, openOn: today });
  const nearby = around(selection.query.places).flatMap((places) =>
    places.length > 0 ? catalog.search('', { places, publishedBy: today, openOn: today }) : [],
  );
  const elsewhere = [...nearby, ...open]
    .map((h) => h.entry)
    .filter((e, i, all) => all.indexOf(e) === i)
    .slice(0, SUGGESTED);
  const suggested = elsewhere.length > 0 ? elsewhere : catalog.published(today).slice(0, SUGGESTED);
  const lines = [
    messages.listNone(selection.query.status, selection.filters, today, selection.job ?? ''),
  ];
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
      listing: null,
      pendingIntent: null,
      lastIntent: intent,
    },
  };
}

/** Lists the offers a question asks for (open today unless it asks for others), with what was asked. */
export const listOffers: Handler = (context) => {
  const intent = 'offers.list';
  const { today, state } = context;
  if (context.understanding.query.more) return moreOffers(context);
  const selection = selectOffers(context);
  const { found, query, filters, job } = selection;
  if (found.length === 0) return nothingMatches(intent, context, selection);
  return {
    answer: answer(
      intent,
      [
        messages.listHeading(found.length, query.status, filters, today, job),
        ...offerLines(found, query.window?.field === 'publishedOn'),
      ].join('\n'),
      {
        offers: cards(found, today),
        quickReplies: [
          ...(found.length > MAX_LISTED ? [messages.quick.more] : []),
          ...found.slice(0, 4).map(offerQuickReply),
        ],
      },
    ),
    state: {
      ...state,
      lastList: found.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
      listing: {
        shown: Math.min(found.length, MAX_LISTED),
        total: found.length,
        first: found[0]!.offer.reference,
      },
      focus: found.length === 1 ? found[0]!.offer.reference : state.focus,
      pendingIntent: null,
      lastIntent: intent,
    },
  };
};
