import table from '../../text/lexicon/sortOrders.fr.json' with { type: 'json' };
import { extractor } from './extractor.ts';
import { firstSaid, phrases } from './phrases.ts';
import type { SortKey } from './query.ts';

const ORDERS = table.orders.map((o) => ({
  key: (o.field === 'deadline' ? 'deadline' : 'publishedOn') as SortKey,
  order: o.direction === 'asc' ? ('asc' as const) : ('desc' as const),
  forms: phrases(o.forms),
}));

/** An order asked over a facet ("lequel ferme en premier", "la plus récente"). */
export const sortRequest = extractor('sort', ({ words }) => {
  for (const o of ORDERS) {
    const said = firstSaid(words, o.forms);
    if (said !== null) return { key: o.key, order: o.order, said };
  }
  return null;
});
