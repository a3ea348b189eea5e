import { createContext } from '../draft.ts';
import type { ParseContext } from '../types.ts';
import {
  type AcronymEntry,
  type AcronymTable,
  acronymFits,
  acronymTable,
  LEXICON_ACRONYMS,
  spelledOutDirections,
  tableEntries,
} from './acronyms.ts';
import { readDirectionName } from './direction.ts';
import { joinedLines, titleOf, titleParts } from './orgText.ts';

/** What one document teaches: its "Direction X (ACR)" phrases and its title's prefix. */
export function acronymsTaughtBy(
  context: ParseContext,
  known: AcronymTable = LEXICON_ACRONYMS,
): AcronymEntry[] {
  const entries: AcronymEntry[] = spelledOutDirections(joinedLines(context).text).map(
    ({ acronym, name }) => ({ acronym, name }),
  );
  const title = titleOf(context);
  const acronym = title ? titleParts(title.text).acronym : null;
  const name = readDirectionName(context, known);
  // A title prefix ("DDI - ...") names the document's own direction when its letters fit.
  if (acronym && name && acronymFits(acronym, name)) entries.push({ acronym, name });
  return entries;
}

/**
 * Learns acronyms from a set of documents, on top of a base table (the lexicon by default): a
 * document that writes "Direction des télécommunications (DT)", or whose title "DDI - ..."
 * heads an offer of the "Direction de la distribution", teaches it for every other document.
 * Run it over the catalog first, then read each document with the table it returns.
 * Conflicting lessons make the acronym ambiguous (null), never a guess.
 *
 * @param documents prepared documents, or their texts.
 */
export function learnAcronyms(
  documents: Iterable<ParseContext | string>,
  base: AcronymTable = LEXICON_ACRONYMS,
): AcronymTable {
  const entries: AcronymEntry[] = tableEntries(base);
  for (const item of documents) {
    const context = typeof item === 'string' ? createContext(item, 'learn') : item;
    entries.push(...acronymsTaughtBy(context, base));
  }
  return acronymTable(entries);
}
