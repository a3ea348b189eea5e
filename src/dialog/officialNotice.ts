import type { CatalogEntry } from '../offers/catalog.ts';
import { messages } from './messages.fr.ts';
import { offerName } from './render.ts';

/** What a handler says about one offer, `silent` when it says the document does not state it. */
export interface SaidAboutOffer {
  text: string;
  silent?: boolean;
}

/**
 * Points a silent answer to the offer's official document (`offer.documentUrl`): read from its
 * document, the first sentence goes on "; l'avis officiel : <url>"; made from the record's
 * columns alone (`documentRead: false`), the answer says the details are in the official
 * document, never that the document is silent. Without a URL, or when the answer states
 * something, it is kept as it is.
 */
export function withOfficialNotice<T extends SaidAboutOffer>(entry: CatalogEntry, said: T): T {
  const url = entry.offer.documentUrl;
  if (url === null || said.silent !== true) return said;
  if (!entry.offer.documentRead)
    return { ...said, text: messages.detailsInNotice(offerName(entry), url) };
  const [first = '', ...lines] = said.text.split('\n');
  const end = first.search(/\.(?:\s|$)/);
  const sentence = end < 0 ? first : first.slice(0, end);
  const after = end < 0 ? '' : first.slice(end + 1).trim();
  const text = [messages.silentWithNotice(sentence, url), ...(after ? [after] : []), ...lines];
  return { ...said, text: text.join('\n') };
}
