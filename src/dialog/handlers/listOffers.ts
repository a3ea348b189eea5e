import type { CatalogEntry } from '../../offers/catalog.ts';
import type { PlaceMention } from '../../nlu/entities/places.ts';
import { PROVINCE_NAMES } from '../../text/places.ts';
import { messages } from '../messages.fr.ts';
import { answer, cards, offerLines, offerQuickReply, MAX_LISTED } from '../render.ts';
import type { Handler } from '../turnContext.ts';

const SUGGESTED = 3;

function inPlace(entry: CatalogEntry, place: PlaceMention): boolean {
  if (place.kind === 'commune') return entry.commune?.name === place.commune.name;
  return entry.commune?.province === place.province;
}

function placeWords(places: readonly PlaceMention[]): string {
  return places
    .map((p) => (p.kind === 'commune' ? messages.inPlace(p.commune.name) : messages.inProvince(PROVINCE_NAMES[p.province])))
    .join(' ou');
}

/**
 * Lists the offers open today, in the places named if any; when none is,
 * says so plainly and suggests open offers elsewhere, or the latest published.
 */
export const listOffers: Handler = ({ understanding, catalog, today, state }) => {
  const intent = 'offers.list';
  const places = understanding.places;
  const open = catalog.withStatus('open', today).sort((a, b) => (a.offer.deadline ?? '9').localeCompare(b.offer.deadline ?? '9'));
  const found = places.length === 0 ? open : open.filter((e) => places.some((p) => inPlace(e, p)));
  const where = placeWords(places);
  if (found.length > 0) {
    return {
      answer: answer(intent, [messages.listHeading(found.length, where, today), ...offerLines(found)].join('\n'), {
        offers: cards(found, today),
        quickReplies: found.slice(0, 4).map(offerQuickReply),
      }),
      state: { ...state, lastList: found.map((e) => e.offer.reference), focus: found.length === 1 ? found[0]!.offer.reference : state.focus, pendingIntent: null, lastIntent: intent },
    };
  }
  const elsewhere = open.slice(0, SUGGESTED);
  const suggested = elsewhere.length > 0 ? elsewhere : catalog.published(today).slice(0, SUGGESTED);
  const lines = [messages.listNone(where, today)];
  if (catalog.size === 0) lines.push(messages.catalogEmpty);
  else if (suggested.length > 0) lines.push(elsewhere.length > 0 ? messages.suggestOpenElsewhere : messages.suggestLatest, ...offerLines(suggested));
  return {
    answer: answer(intent, lines.join('\n'), { suggestions: cards(suggested, today), quickReplies: suggested.slice(0, MAX_LISTED).map(offerQuickReply) }),
    state: { ...state, lastList: [], pendingIntent: null, lastIntent: intent },
  };
};
