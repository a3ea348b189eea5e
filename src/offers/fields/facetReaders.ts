import type { Converter } from '../feed/converters.ts';
import type { FeedFacets, TableFacets } from '../parse/facets/tableFacets.ts';
import type { ParseContext } from '../parse/types.ts';
import type { Facet } from './fieldSpec.ts';

/**
 * The facet readers of documents and feed cells, registered by `parse/facets/tableFacets.ts` when
 * it loads (the parser and the feed reader import it). The table names them here rather than
 * importing them: the readers import the document preparation, which imports the table's labels,
 * and a static import would make a cycle the modules cannot load in.
 */
let registered: { document: TableFacets; feed: FeedFacets } | null = null;

/** Registers the facet readers (called once, by `tableFacets.ts`). */
export function registerFacets(document: TableFacets, feed: FeedFacets): void {
  registered = { document, feed };
}

function readers(): { document: TableFacets; feed: FeedFacets } {
  if (registered === null)
    throw new Error('facet readers not registered: import parse/facets/tableFacets.ts');
  return registered;
}

/** The table's document facet for a field: the registered reader of that name, typed by it. */
export function facetNamed<K extends keyof TableFacets>(
  name: K,
): Facet<NonNullable<ReturnType<TableFacets[K]>>['value']> {
  return (context: ParseContext) => readers().document[name](context) as ReturnType<TableFacets[K]>;
}

/** The table's feed converter for a field: the registered reader of feed cells of that name. */
export function feedFacetNamed<K extends keyof FeedFacets>(
  name: K,
): Converter<ReturnType<FeedFacets[K]>> {
  return (cells, context) => readers().feed[name](cells, context) as ReturnType<FeedFacets[K]>;
}
