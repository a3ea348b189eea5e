import table from './housing.fr.json' with { type: 'json' };
import { compileStatements, findStatement } from './statements.ts';
import type { Sourced } from './sourced.ts';
import { createContext } from '../draft.ts';
import type { ParseContext } from '../types.ts';

/** What the document says of the agent's housing ("Logement de fonction"), as written. */
export type Housing = string;

const LEXICON = compileStatements(table);

/**
 * The housing statement (logement de fonction, agent logé...), as written; null when
 * the document says nothing of the agent's housing.
 */
export function housingFacet(context: ParseContext): Sourced<Housing> | null {
  return findStatement(context, LEXICON);
}

/** The housing statement of a bare text (a feed cell such as `conditions_particulieres`). */
export function housingFromText(text: string | null | undefined): Sourced<Housing> | null {
  return text ? housingFacet(createContext(text, 'feed')) : null;
}
