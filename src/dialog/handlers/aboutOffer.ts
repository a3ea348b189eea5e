import type { CatalogEntry } from '../../offers/catalog.ts';
import { offerStatus } from '../../offers/offer.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, offerQuickReply, MAX_REMEMBERED } from '../render.ts';
import { resolveOffer } from '../contextPolicy.ts';
import { withOfficialNotice } from '../officialNotice.ts';
import type { Handler, TurnContext } from '../turnContext.ts';

/** What a field handler says about the one offer in question. */
export type OfferReply = (
  entry: CatalogEntry,
  context: TurnContext,
) => {
  text: string;
  quickReplies?: string[];
  /** False when the document states nothing positive for the question (silent, "/", no team). */
  states?: boolean;
  /** True when the answer says the document does not state it (then pointed to the official document). */
  silent?: boolean;
};

const OPEN_OFFER_CHOICES = 4;

/**
 * Makes a handler for a question about one offer: resolves the offer, asks
 * which one when several match or none is known, says when it is closed, and
 * keeps it in focus for the follow-ups.
 */
export function aboutOffer(intent: string, reply: OfferReply): Handler {
  return (context) => {
    const { state, today, catalog } = context;
    const resolution = resolveOffer(context);
    switch (resolution.kind) {
      case 'one': {
        const { entry } = resolution;
        const status = offerStatus(entry.offer, today);
        const said = withOfficialNotice(entry, reply(entry, context));
        const closed =
          status === 'closed' && intent !== 'offer.deadline' && entry.offer.deadline !== null
            ? `\n${messages.closedSince(entry.offer.deadline)}`
            : '';
        return {
          answer: answer(intent, said.text + closed, {
            offers: cards([entry], today),
            quickReplies: said.quickReplies ?? [],
          }),
          state: {
            ...state,
            focus: entry.offer.reference,
            pendingIntent: null,
            lastIntent: intent,
          },
        };
      }
      case 'list': {
        // "Lequel des deux encadre une équipe ?": each offer of the last list, those that state it.
        const replies = resolution.entries.map((entry) => ({
          entry,
          said: withOfficialNotice(entry, reply(entry, context)),
        }));
        const stating = replies.filter((r) => r.said.states !== false);
        const shown = stating.length > 0 ? stating : replies;
        const lines = stating.length > 0 ? [] : [messages.noneOfList(replies.length)];
        lines.push(...shown.map((r) => r.said.text));
        return {
          answer: answer(intent, lines.join('\n'), {
            offers: cards(
              stating.map((r) => r.entry),
              today,
            ),
          }),
          state: {
            ...state,
            focus: stating.length === 1 ? stating[0]!.entry.offer.reference : state.focus,
            pendingIntent: null,
            lastIntent: intent,
          },
        };
      }
      case 'several':
        return {
          answer: answer(intent, messages.severalOffers(resolution.entries.length), {
            suggestions: cards(resolution.entries, today),
            quickReplies: resolution.entries.slice(0, 6).map(offerQuickReply),
          }),
          state: {
            ...state,
            pendingIntent: intent,
            lastList: resolution.entries.slice(0, MAX_REMEMBERED).map((e) => e.offer.reference),
            lastIntent: intent,
          },
        };
      case 'rankBeyond':
      case 'unknownReference':
      case 'none': {
        const open = catalog.withStatus('open', today).slice(0, OPEN_OFFER_CHOICES);
        const text =
          resolution.kind === 'none'
            ? messages.whichOffer
            : resolution.kind === 'rankBeyond'
              ? messages.rankBeyond(resolution.rank, resolution.listed)
              : messages.unknownReference(resolution.reference);
        return {
          answer: answer(intent, text, {
            suggestions: cards(open, today),
            quickReplies: open.map(offerQuickReply),
          }),
          state: { ...state, pendingIntent: intent, lastIntent: intent },
        };
      }
    }
  };
}
