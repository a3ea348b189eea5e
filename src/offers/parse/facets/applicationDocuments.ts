import table from './application.fr.json' with { type: 'json' };
import { hasPhrase, phraseIndex } from './blockLabels.ts';
import { type FacetLine, foldPhrase } from './facetLines.ts';
import { foldSameLength } from '../frenchDate.ts';

const CLUTTER = table.clutterFrom.map(foldPhrase);
const LEADING = [...table.leadingWords].map(foldPhrase).sort((a, b) => b.length - a.length);
const CONDITIONS = table.conditions.map(foldPhrase);
const AUDIENCES = table.audiences.map((a) => ({ phrase: foldPhrase(a.phrase), label: a.label }));
const REWRITES = table.rewrites.map(([from = '', to = '']) => ({ from: foldPhrase(from), to }));
const NOISE = new Set(table.noiseItems.map(foldPhrase));
const INLINE = table.inlineLists.map(foldPhrase);
const INTROS = table.listIntros.map(foldPhrase);

/** Longer list items are sentences, not document names (and stay cheap to skip). */
const MAX_ITEM = 400;

/** Footnote calls: `(2)`, `(*)`, a lone `*`. */
const FOOTNOTE = /\(\s?(?:\d{1,2}|\*)\s?\)|\*/g;
/** Articles a list item may start with after a comma: " et la ...", " et un ...". */
const AND_ARTICLE = /\set\s(?=(?:un|une|la|le|les|des|du)(?![a-z])|l'|d')/;

/** The text of a parenthesis opening at `open`, up to its closing one (or the end). */
function parenthesis(text: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  return { inner: text.slice(open + 1), end: text.length };
}

/** Splits a list at its top-level commas, `;` and `+` (and at " et " before an article). */
function splitItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charAt(i);
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';' || c === '+') && depth === 0) {
      items.push(list.slice(from, i));
      from = i + 1;
    }
  }
  items.push(list.slice(from));
  return items.flatMap((item) => {
    const m = AND_ARTICLE.exec(foldSameLength(item));
    return m ? [item.slice(0, m.index), item.slice(m.index + m[0].length)] : [item];
  });
}

/** Drops parentheses of three words or more (explanations), keeping short ones ("(CV)"). */
function dropLongParentheses(text: string): string {
  let out = '';
  let at = 0;
  let open = text.indexOf('(', at);
  while (open !== -1) {
    const { inner, end } = parenthesis(text, open);
    out += text.slice(at, open);
    if (inner.trim().split(/\s+/).length < 3) out += text.slice(open, end);
    at = end;
    open = text.indexOf('(', at);
  }
  return out + text.slice(at);
}

function cutAt(text: string, phrases: readonly string[]): string {
  const folded = foldSameLength(text);
  const cuts = phrases.map((p) => phraseIndex(folded, p)).filter((i) => i !== -1);
  return cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text;
}

function stripStart(
  text: string,
  phrases: readonly string[],
): { rest: string; hit: string | null } {
  const folded = foldSameLength(text);
  for (const phrase of phrases) {
    if (!folded.startsWith(phrase)) continue;
    const next = folded.charAt(phrase.length);
    if (phrase.endsWith("'") || !/[a-z0-9]/.test(next)) {
      return { rest: text.slice(phrase.length).replace(/^[\s,:]+/, ''), hit: phrase };
    }
  }
  return { rest: text, hit: null };
}

/**
 * One document to send, in short: "Curriculum vitae (CV) détaillé ;" → "CV détaillé";
 * "Pour les fonctionnaires, demande de changement de corps ou cadre d'emploi si
 * nécessaire à télécharger ici" → "demande de changement de corps ou cadre d'emploi
 * (fonctionnaires, si nécessaire)". Null for list noise ("a minima").
 */
export function shortDocumentName(item: string): string | null {
  if (item.length > MAX_ITEM) return null;
  let text = item.replace(FOOTNOTE, ' ');
  text = cutAt(text, CLUTTER);
  text = dropLongParentheses(text)
    .replace(/\s+/g, ' ')
    .replace(/[\s;.,:–-]+$/, '')
    .trim();
  const qualifiers: string[] = [];
  for (const audience of AUDIENCES) {
    const { rest, hit } = stripStart(text, [audience.phrase]);
    if (hit !== null) {
      text = rest;
      qualifiers.push(audience.label);
    }
  }
  for (let n = 0; n < 4; n++) {
    const { rest, hit } = stripStart(text, LEADING);
    if (hit === null) break;
    text = rest;
  }
  for (const condition of CONDITIONS) {
    const at = phraseIndex(foldSameLength(text), condition);
    if (at === -1) continue;
    qualifiers.push(text.slice(at, at + condition.length).toLowerCase());
    text = `${text.slice(0, at)} ${text.slice(at + condition.length)}`;
  }
  for (const { from, to } of REWRITES) {
    const at = foldSameLength(text).indexOf(from);
    if (at !== -1) text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  text = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
  if (text === '' || NOISE.has(foldPhrase(text)) || !/\p{L}/u.test(text)) return null;
  const firstWord = text.split(' ')[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  if (!acronym) text = text.charAt(0).toLowerCase() + text.slice(1);
  return qualifiers.length > 0 ? `${text} (${qualifiers.join(', ')})` : text;
}

function names(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const name = shortDocumentName(item);
    if (name !== null && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The documents listed in the parenthesis of "Les candidatures (CV à jour, ...)". */
function inlineList(line: FacetLine): string[] {
  for (const opener of INLINE) {
    const at = line.folded.indexOf(opener);
    if (at === -1) continue;
    const open = at + opener.length - 1;
    return names(splitItems(parenthesis(line.text, open).inner));
  }
  return [];
}

/**
 * The documents to send, from the application block's lines: the parenthesis of
 * "Les candidatures (...)" or the bullets after "... les documents suivants :".
 *
 * @returns short names in the document's order, `[]` when none is listed.
 */
export function applicationDocuments(block: readonly FacetLine[]): {
  documents: string[];
  line: FacetLine | null;
} {
  for (let i = 0; i < block.length; i++) {
    const line = block[i];
    if (line === undefined) continue;
    const inline = inlineList(line);
    if (inline.length > 0) return { documents: inline, line };
    if (!line.folded.trim().endsWith(':') || !INTROS.some((p) => hasPhrase(line.folded, p))) {
      continue;
    }
    const bullets: string[] = [];
    for (let j = i + 1; j < block.length; j++) {
      const next = block[j];
      if (next === undefined || next.text === '') continue;
      if (!next.bullet) break;
      bullets.push(next.text);
    }
    const documents = names(bullets);
    if (documents.length > 0) return { documents, line };
  }
  return { documents: [], line: null };
}
