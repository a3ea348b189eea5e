import table from '../../text/lexicon/sortOrders.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { firstSaid, phrases } from './phrases.ts';
import type { SortKey, SortRequest } from './query.ts';

const KEYS = table.keys.map((k) => ({
  key: k.key as SortKey,
  forms: phrases(k.forms),
  also: k.also === undefined ? null : phrases(k.also),
}));
const ASC = phrases(table.directions.asc);
const DESC = phrases(table.directions.desc);
const SORT_VERBS = phrases(table.sortVerbs);
const ORDERS = table.orders.map((o) => ({
  key: o.key as SortKey,
  order: o.order === 'asc' ? ('asc' as const) : ('desc' as const),
  forms: phrases(o.forms),
}));

/** Every word of the sort lexicon: a sort request reads all those the message says. */
const SORT_WORDS = new Set(
  [
    ...table.keys.flatMap((k) => [...k.forms, ...(k.also ?? [])]),
    ...table.directions.asc,
    ...table.directions.desc,
    ...table.sortVerbs,
    ...table.facetWords,
  ].flatMap((form) => form.split(' ')),
);

/** The words of the message the request was read from (its facet, its order, their companions). */
function saidOf(words: readonly string[]): string {
  return words.filter((w) => SORT_WORDS.has(w)).join(' ');
}

/** The facet a message orders on: the first key whose forms (and `also` forms) it says. */
function keyOf(words: readonly string[]): { key: SortKey; said: string } | null {
  for (const k of KEYS) {
    const said = firstSaid(words, k.forms);
    if (said === null) continue;
    if (k.also === null) return { key: k.key, said };
    const also = firstSaid(words, k.also);
    if (also !== null) return { key: k.key, said: `${said} ${also}` };
  }
  return null;
}

/** The order a message asks: a word of direction, else a sorting verb (earliest first). */
function orderOf(
  words: readonly string[],
): { order: 'asc' | 'desc'; said: string; arrange: boolean } | null {
  const arrange = firstSaid(words, SORT_VERBS) !== null;
  const asc = firstSaid(words, ASC);
  if (asc !== null) return { order: 'asc', said: asc, arrange };
  const desc = firstSaid(words, DESC);
  if (desc !== null) return { order: 'desc', said: desc, arrange };
  return arrange ? { order: 'asc', said: '', arrange } : null;
}

/**
 * An order asked over a facet: a facet named ("ferme", "résidence", "encadre") with a direction
 * ("en premier", "la plus longue", "le plus") or a sorting verb ("classe les par date limite"), else
 * a phrase that says both ("la plus récente"). The words of the date are not read again.
 */
export const sortRequest = extractor('sort', ({ words }, sofar): SortRequest | null => {
  const dated = new Set(sofar.date?.said.split(' ') ?? []);
  const rest = words.filter((w) => !dated.has(w));
  const key = keyOf(rest);
  const order = key === null ? null : orderOf(rest);
  if (key !== null && order !== null)
    return { key: key.key, order: order.order, said: saidOf(rest), arrange: order.arrange };
  for (const o of ORDERS) {
    const said = firstSaid(rest, o.forms);
    if (said !== null)
      return {
        key: o.key,
        order: o.order,
        said: `${said} ${saidOf(rest)}`.trim(),
        arrange: firstSaid(rest, SORT_VERBS) !== null,
      };
  }
  return null;
});
