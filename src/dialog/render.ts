import type { CatalogEntry } from '../offers/catalog.ts';
import { offerStatus } from '../offers/offer.ts';
import { toCard, type Answer, type OfferCard } from './answer.ts';
import { messages } from './messages.fr.ts';

/** How many offers a list shows in its text: enough to choose, short enough to read at a glance. */
export const MAX_LISTED = 8;
/** How many offer cards an answer carries (the text says how many there are in all). */
export const MAX_CARDS = 20;
/** How many references of a list the conversation remembers ("le deuxième", "parmi elles"). */
export const MAX_REMEMBERED = 50;

export function cards(entries: readonly CatalogEntry[], today: string): OfferCard[] {
  return entries.slice(0, MAX_CARDS).map((e) => toCard(e.offer, offerStatus(e.offer, today)));
}

/**
 * Numbered lines, one per offer: title, place, deadline (and the publication day when the
 * listing is about publication), reference.
 */
export function offerLines(
  entries: readonly CatalogEntry[],
  withPublication = false,
  start = 0,
): string[] {
  const shown = entries
    .slice(start, start + MAX_LISTED)
    .map((e, i) =>
      messages.offerLine(
        start + i + 1,
        e.offer.title,
        e.commune?.name ?? e.offer.location,
        e.offer.deadline,
        e.offer.reference,
        withPublication ? e.offer.publishedOn : null,
      ),
    );
  const hidden = entries.length - start - MAX_LISTED;
  if (hidden > 0) shown.push(messages.listMore(hidden));
  return shown;
}

/** The way an answer names an offer: its title and reference, so a person can check. */
export function offerName(entry: CatalogEntry): string {
  return messages.offerName(entry.offer.title, entry.offer.reference);
}

/** A quick reply that designates one offer without ambiguity. */
export function offerQuickReply(entry: CatalogEntry): string {
  return `${entry.offer.title} (${entry.offer.reference})`;
}

export function answer(
  intent: string,
  text: string,
  extra: Partial<Omit<Answer, 'text' | 'intent'>> = {},
): Answer {
  return { text, intent, offers: [], suggestions: [], quickReplies: [], ...extra };
}
