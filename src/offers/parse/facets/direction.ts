import type { ParseContext } from '../types.ts';
import {
  type AcronymTable,
  acronymFits,
  acronymOfName,
  canonicalDirectionName,
  LEXICON_ACRONYMS,
  nameOfAcronym,
  nameOfForm,
  nameCore,
  spelledOutDirections,
} from './acronyms.ts';
import {
  escapeRegExp,
  fold,
  joinedLines,
  lineAt,
  ORG_WORDS,
  phraseAlternation,
  quoteLine,
  sentenceCase,
  tidy,
  titleOf,
  titleParts,
  TRAILING_PUNCTUATION,
  trimChars,
  labelLine,
  foldJoined,
} from './orgText.ts';
import type { Sourced } from './sourced.ts';

/** The direction of the post: canonical full name and acronym. */
export interface Direction {
  /** Canonical full name, sentence case: "Direction des télécommunications". */
  name: string;
  /** "DT"; null when neither the document nor the table gives one. */
  acronym: string | null;
  /**
   * Where the acronym comes from: printed in this document (title prefix "DT -", "(DT)", or the
   * table's acronym written somewhere in it), or only known from the table (lexicon or other
   * documents). Null with no acronym.
   */
  acronymFrom: 'document' | 'table' | null;
}

interface NameFound {
  name: string;
  line: number | null;
  /** An acronym printed next to the name ("... (DEFIJ)"). */
  printed: string | null;
  /** True when the name is only the document's words ("Direction finances"), not a known name. */
  literal?: boolean;
}

const TRAILING_ACRONYM = /\((\p{Lu}{2,8})\)\s?[.,;:]?\s?$/u;
const ORG_LABEL = new RegExp(`^\\s*(?:${phraseAlternation(ORG_WORDS.organisationLabels)})\\s*:?`);

/** The value written after a line's label, markdown and colon removed. */
function afterLabel(line: string, label: RegExp): string | null {
  const { text, folded } = labelLine(line);
  const m = label.exec(folded);
  if (!m) return null;
  return text
    .slice(m[0].length)
    .replace(/^[\s:]+/, '')
    .trim();
}

/** The longest bare value looked for as "Direction X" (longer: no direction's name; bounds the pattern). */
const MAX_BARE_LENGTH = 150;

/** "Direction X" somewhere in the document for a bare "X" of the Direction line. */
function spelledInDocument(text: string, bare: string): { name: string; index: number } | null {
  if (bare.length > MAX_BARE_LENGTH) return null;
  const core = escapeRegExp(fold(bare)).replace(/ /g, ' +');
  const pattern = new RegExp(`direction (?:de la |de l'|des |du |de |d')${core}(?![a-z])`);
  const m = pattern.exec(foldJoined(text));
  if (!m) return null;
  const name = canonicalDirectionName(text.slice(m.index, m.index + m[0].length));
  return name ? { name, index: m.index } : null;
}

/**
 * The canonical name a direction value stands for: written in full, spelled out elsewhere in
 * the document ("Distribution" → "Direction de la Distribution"), or a short form of the table
 * ("Télécom"). Null when the value names no direction ("Office des postes ...").
 */
function nameOfValue(
  value: string,
  acronyms: AcronymTable,
  documentText: string | null,
): { name: string; printed: string | null; index: number | null } | null {
  const text = tidy(value);
  const printed = TRAILING_ACRONYM.exec(text)?.[1] ?? null;
  const full = canonicalDirectionName(text);
  if (full) return { name: full, printed, index: null };
  const bare = trimChars(text.replace(/^directions?\s?:?\s?/i, ''), TRAILING_PUNCTUATION);
  if (bare === '' || !/\p{L}/u.test(bare)) return null;
  const spelled = documentText ? spelledInDocument(documentText, bare) : null;
  if (spelled) return { name: spelled.name, printed, index: spelled.index };
  const known = nameOfForm(acronyms, bare);
  return known ? { name: known, printed, index: null } : null;
}

/** Where the document's direction is named (label, organisation line, a spelled-out phrase). */
function findName(context: ParseContext, acronyms: AcronymTable): NameFound | null {
  const joined = joinedLines(context);
  const title = titleOf(context);
  const titleAcronym = title ? titleParts(title.text).acronym : null;
  const field = context.fields.get('direction');
  if (field && /\p{L}/u.test(field.value)) {
    const found = nameOfValue(field.value, acronyms, joined.text);
    if (found) return { name: found.name, line: field.line, printed: found.printed };
    const bare = trimChars(tidy(field.value), TRAILING_PUNCTUATION);
    const named = titleAcronym ? nameOfAcronym(acronyms, titleAcronym) : null;
    // "Direction Télécom" under a "DT - ..." title the table knows: the short form of its name.
    if (named && abbreviates(bare, named))
      return { name: named, line: field.line, printed: titleAcronym };
    // The document's own words: "**Direction** Finances" reads "Direction finances".
    if (bare.split(' ').length <= 4 && !/^(?:office|province|gouvernement)\b/i.test(bare))
      return {
        name: sentenceCase(`Direction ${bare}`),
        line: field.line,
        printed: null,
        literal: true,
      };
  }
  for (let i = 0; i < context.doc.lines.length; i++) {
    const value = afterLabel(context.doc.lines[i] ?? '', ORG_LABEL);
    const name = value ? canonicalDirectionName(value) : null;
    if (name) return { name, line: i, printed: TRAILING_ACRONYM.exec(value ?? '')?.[1] ?? null };
  }
  const spelled = spelledOutDirections(joined.text)[0];
  if (spelled)
    return { name: spelled.name, line: lineAt(joined.starts, spelled.index), printed: null };
  const named = titleAcronym ? nameOfAcronym(acronyms, titleAcronym) : null;
  if (title && named) return { name: named, line: title.line, printed: titleAcronym };
  return null;
}

/** True when a bare value is the core of a name or its start ("Télécom", "télécommunications"). */
function abbreviates(bare: string, name: string): boolean {
  const core = nameCore(name);
  const short = fold(bare);
  return (
    short.length >= 4 &&
    core.startsWith(short) &&
    (short.length === core.length || /^[a-z]/.test(core.charAt(short.length)))
  );
}

/** True when the word is written in the text as a word of its own, in capitals. */
function written(text: string, acronym: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'u').test(
    text,
  );
}

/** The acronym for a name, and whether this document prints it. */
function acronymFor(
  name: string,
  candidates: ReadonlyArray<string | null>,
  acronyms: AcronymTable,
  text: string,
): Pick<Direction, 'acronym' | 'acronymFrom'> {
  for (const candidate of candidates) {
    if (!candidate || !acronymFits(candidate, name)) continue;
    const known = nameOfAcronym(acronyms, candidate);
    if (known && fold(known) !== fold(name)) continue; // the table says it is another direction
    return { acronym: candidate, acronymFrom: 'document' };
  }
  const known = acronymOfName(acronyms, name);
  if (!known) return { acronym: null, acronymFrom: null };
  return { acronym: known, acronymFrom: written(text, known) ? 'document' : 'table' };
}

/**
 * The canonical name of the document's direction (for the learning pass of `learnAcronyms`);
 * null when the document only gives words the table does not know ("Direction Finances").
 */
export function readDirectionName(
  context: ParseContext,
  acronyms: AcronymTable = LEXICON_ACRONYMS,
): string | null {
  const found = findName(context, acronyms);
  return found && !found.literal ? found.name : null;
}

/**
 * The direction of the post, from the "Direction" line ("Direction : Télécommunications",
 * "**Direction** de la poste ..."), an "Unité organisationnelle" naming a direction, a
 * spelled-out "direction de ... (DEL)" of the details, or the title's prefix ("DT - ...")
 * known to the table. The acronym is the one printed by the document (title prefix,
 * parentheses) or the table's.
 *
 * @param acronyms the acronym table: the lexicon, or what `learnAcronyms` learnt.
 */
export function readDirection(
  context: ParseContext,
  acronyms: AcronymTable = LEXICON_ACRONYMS,
): Sourced<Direction> | null {
  const found = findName(context, acronyms);
  if (!found) return null;
  const joined = joinedLines(context).text;
  const title = titleOf(context);
  const titleAcronym = title ? titleParts(title.text).acronym : null;
  const spelled = spelledOutDirections(joined)
    .filter((s) => fold(s.name) === fold(found.name))
    .map((s) => s.acronym);
  const acronym = acronymFor(
    found.name,
    [found.printed, titleAcronym, ...spelled],
    acronyms,
    joined,
  );
  const quote = found.line === null ? found.name : quoteLine(context, found.line);
  return { value: { name: found.name, ...acronym }, quote };
}

/**
 * The direction from a bare value, as the open-data feed gives it (`direction_libelle`,
 * `direction_acronyme`), with the offer's title for a "DT - ..." prefix. Null when the value
 * names no direction (the feed puts the employer there: "Office des postes et
 * télécommunications") and the title has no known prefix.
 */
export function directionOf(
  text: string | null,
  title: string | null,
  acronyms: AcronymTable = LEXICON_ACRONYMS,
  printedAcronym: string | null = null,
): Sourced<Direction> | null {
  const titleAcronym = title ? titleParts(tidy(title)).acronym : null;
  const value = text ? nameOfValue(text, acronyms, null) : null;
  let name = value?.name ?? null;
  let quote = text ?? '';
  for (const candidate of [printedAcronym, titleAcronym]) {
    if (name !== null || !candidate) continue;
    name = nameOfAcronym(acronyms, candidate);
    if (name !== null) quote = candidate === titleAcronym && title ? title : candidate;
  }
  if (name === null) return null;
  const printed = [value?.printed ?? null, printedAcronym, titleAcronym];
  const acronym = acronymFor(name, printed, acronyms, `${text ?? ''} ${title ?? ''}`);
  return { value: { name, ...acronym }, quote: tidy(quote) };
}
