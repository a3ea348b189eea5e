import lexicon from './directions.json' with { type: 'json' };
import {
  escapeRegExp,
  fold,
  ORG_WORDS,
  parenthesisedAcronyms,
  sentenceCase,
  startsWithDirectionWord,
  TRAILING_PUNCTUATION,
  tidy,
  trimChars,
} from './orgText.ts';

/** One direction known by its acronym. */
export interface AcronymEntry {
  acronym: string;
  /** Canonical full name, sentence case: "Direction des télécommunications". */
  name: string;
  /** Short forms a "Direction" line may use ("Télécom"). */
  forms?: readonly string[];
}

/**
 * Directions by acronym and by name. An acronym claimed by two names (or a name by two
 * acronyms) maps to null: ambiguous, so never used.
 */
export interface AcronymTable {
  byAcronym: ReadonlyMap<string, string | null>;
  /** Keyed by the folded name. */
  byName: ReadonlyMap<string, string | null>;
  /** Folded short form or name core ("telecom", "distribution") → canonical name. */
  byForm: ReadonlyMap<string, string | null>;
}

const ARTICLES = ORG_WORDS.articles.map(fold).sort((a, b) => b.length - a.length);

/** The name without "Direction" and its article: "Direction de la distribution" → "distribution". */
export function nameCore(name: string): string {
  let rest = fold(tidy(name)).replace(/^directions?\s+/, '');
  for (const article of ARTICLES) {
    if (rest.startsWith(`${article} `) || (article.endsWith("'") && rest.startsWith(article))) {
      rest = rest.slice(article.length).trim();
      break;
    }
  }
  return rest;
}

function put(map: Map<string, string | null>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, value);
  else if (map.get(key) !== value) map.set(key, null);
}

/** Builds a table from entries (later entries never override earlier ones: conflicts → null). */
export function acronymTable(entries: Iterable<AcronymEntry>): AcronymTable {
  const byAcronym = new Map<string, string | null>();
  const byName = new Map<string, string | null>();
  const byForm = new Map<string, string | null>();
  for (const entry of entries) {
    put(byAcronym, entry.acronym, entry.name);
    put(byName, fold(entry.name), entry.acronym);
    put(byForm, nameCore(entry.name), entry.name);
    for (const form of entry.forms ?? []) put(byForm, fold(form), entry.name);
  }
  return { byAcronym, byName, byForm };
}

/** The entries of a table, for merging. */
export function tableEntries(table: AcronymTable): AcronymEntry[] {
  const entries: AcronymEntry[] = [];
  for (const [acronym, name] of table.byAcronym) if (name !== null) entries.push({ acronym, name });
  const forms = new Map<string, string[]>();
  for (const [form, name] of table.byForm) {
    if (name === null) continue;
    forms.set(name, [...(forms.get(name) ?? []), form]);
  }
  return entries.map((e) => ({ ...e, forms: forms.get(e.name) ?? [] }));
}

/** The directions of directions.json: the OPT-NC's and the seeds' (confirmed by documents). */
export const LEXICON_ACRONYMS: AcronymTable = acronymTable(lexicon.directions);

const QUALIFIER = new RegExp(
  `\\s(?:${ORG_WORDS.employerQualifiers.map((q) => escapeRegExp(fold(q))).join('|')})\\s?$`,
);

/**
 * The canonical name of a direction written in full ("Direction de l'Emploi et du Logement",
 * "de la Poste ...", "la direction de l'emploi et du logement de la province Sud"): "Direction"
 * prefixed, the employer's qualifier dropped, sentence case. Null for a bare word ("Télécom").
 */
export function canonicalDirectionName(raw: string): string | null {
  let text: string = tidy(raw).replace(/\s?\(\p{Lu}{2,8}\)\s?$/u, '');
  text = trimChars(text, TRAILING_PUNCTUATION, 'end');
  text = text.replace(/^(?:la|les|l')\s*(?=direction)/i, '');
  const folded = fold(text);
  if (/^(?:de|des|du)\s|^d'/.test(folded)) text = `Direction ${text}`;
  else if (!startsWithDirectionWord(text) || !/^directions?\s+(?:de|des|du|d')/.test(folded))
    return null;
  const qualifier = QUALIFIER.exec(fold(text));
  if (qualifier) text = text.slice(0, qualifier.index);
  return sentenceCase(text);
}

/**
 * True when an acronym can stand for a name: its letters appear in order in the name, the
 * first one opening it ("DDI" in "Direction de la distribution").
 */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = fold(name).replace(/[^a-z]/g, '');
  const wanted = fold(acronym);
  if (letters.charAt(0) !== wanted.charAt(0)) return false;
  let at = 0;
  for (const ch of wanted) {
    at = letters.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** How far before "(ACR)" a direction's name may start. */
const MAX_NAME_LENGTH = 200;

/** "Direction X (ACR)" phrases of a text: each one teaches ACR = Direction X. */
export function spelledOutDirections(text: string): Array<AcronymEntry & { index: number }> {
  const found: Array<AcronymEntry & { index: number }> = [];
  const folded = fold(text);
  for (const { acronym, index } of parenthesisedAcronyms(text)) {
    const from = Math.max(0, index - MAX_NAME_LENGTH);
    const at = folded.slice(from, index).lastIndexOf('direction');
    if (at < 0) continue;
    const start = from + at;
    const name = canonicalDirectionName(text.slice(start, index));
    if (name === null || !acronymFits(acronym, name)) continue;
    found.push({ acronym, name, index: start });
  }
  return found;
}

/** The acronym a table gives a name, if unambiguous. */
export function acronymOfName(table: AcronymTable, name: string): string | null {
  return table.byName.get(fold(name)) ?? null;
}

/** The name a table gives an acronym, if unambiguous. */
export function nameOfAcronym(table: AcronymTable, acronym: string): string | null {
  return table.byAcronym.get(acronym) ?? null;
}

/** The canonical name a short form or a bare core stands for ("Télécom", "Distribution"). */
export function nameOfForm(table: AcronymTable, form: string): string | null {
  return table.byForm.get(fold(trimChars(tidy(form), TRAILING_PUNCTUATION))) ?? null;
}
