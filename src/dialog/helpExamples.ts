import type { Catalog, CatalogEntry } from '../offers/catalog.ts';
import { messages } from './messages.fr.ts';

/** Offers tried, in order, for one whose short title names it alone. */
const TRIED = 20;
/** A title is named alone when no other title scores this share of its score. */
const CLOSE_TO_BEST = 0.75;
/** The title's acronym prefix ("DPSP – ", "DT - "): letters in capitals, then a dash. */
const PREFIX = /^\p{Lu}{2,}\s*[-–]\s*/u;
/** Where the title's unit starts (" – Pôle fonctionnel", " - AE"). */
const UNIT_SEPARATOR = /\s+[-–]\s+/;

/** The title without its direction prefix and its unit: "Directeur(trice) adjoint(e) expérience client". */
export function shortTitle(title: string): string {
  const short = title.replace(PREFIX, '').split(UNIT_SEPARATOR)[0]?.trim() ?? '';
  return short.length >= 3 ? short : title;
}

/** True when these words name this offer's title and no other close to it. */
function namesAlone(catalog: Catalog, words: string, entry: CatalogEntry, today: string): boolean {
  const [best, next] = catalog.titleMatches(words, today);
  return (
    best?.reference === entry.offer.reference &&
    (next === undefined || next.score < best.score * CLOSE_TO_BEST)
  );
}

/** The commune most of these offers are in, or null. */
function mainCommune(entries: readonly CatalogEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const commune of entry.communes)
      counts.set(commune.name, (counts.get(commune.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/**
 * Questions to show in the help, taken from the catalog being served so that each one, asked as
 * written, answers with an offer: the commune with the most open offers (with no open offer, the
 * closed ones of the latest published), an open offer's short title (one that names it alone)
 * and another offer's reference. With no offer at all, the one question that still answers.
 */
export function helpExamples(catalog: Catalog, today: string): string[] {
  const open = catalog.withStatus('open', today);
  const pool = open.length > 0 ? open : catalog.published(today);
  if (pool.length === 0) return [messages.exampleOpenOffers];
  const examples: string[] = [];
  const commune = mainCommune(pool);
  if (commune !== null)
    examples.push(
      open.length > 0 ? messages.exampleOpenIn(commune) : messages.exampleClosedIn(commune),
    );
  else examples.push(open.length > 0 ? messages.exampleOpenOffers : messages.exampleClosedOffers);
  const titled = pool.slice(0, TRIED).find((e) => {
    const short = shortTitle(e.offer.title);
    return namesAlone(catalog, short, e, today);
  });
  if (titled !== undefined) examples.push(messages.exampleDeadline(shortTitle(titled.offer.title)));
  const referenced = pool.find((e) => e !== titled) ?? pool[0]!;
  examples.push(messages.exampleDiploma(referenced.offer.reference));
  return examples;
}
