import table from './travel.fr.json' with { type: 'json' };
import { compileStatements, findStatement } from './statements.ts';
import type { Sourced } from './sourced.ts';
import { createContext } from '../draft.ts';
import type { ParseContext } from '../types.ts';

/** The travel the post requires, as the document writes it ("Déplacements sur ..."). */
export type Travel = string;

const LEXICON = compileStatements(table);

/**
 * The travel requirement sentence (déplacements, itinérance, communes to cover), as
 * written; null when the document states none.
 *
 * @example
 * travelFacet(ctx) // { value: 'Itinérance.', quote: '- Itinérance.' }
 */
export function travelFacet(context: ParseContext): Sourced<Travel> | null {
  return findStatement(context, LEXICON);
}

/** The travel statement of a bare text (a feed cell such as `conditions_particulieres`). */
export function travelFromText(text: string | null | undefined): Sourced<Travel> | null {
  return text ? travelFacet(createContext(text, 'feed')) : null;
}
