import { BoundedMemo, stringBytes } from '../../../text/boundedMemo.ts';
import { cleanInline } from '../document.ts';
import { foldSameLength } from '../frenchDate.ts';
import type { ParseContext } from '../types.ts';
import words from './organisation.fr.json' with { type: 'json' };

/** The organisation lexicon (organisation.fr.json). */
export const ORG_WORDS = words;

/** Lower case without accents, one char per char, for comparisons ("Télécom" → "telecom"). */
export function fold(text: string): string {
  return foldSameLength(text.normalize('NFC'));
}

let lastFolded = { text: '', folded: '' };

/**
 * `fold` of a document's joined text, remembered for the last one: the readers of one document
 * fold the same joined text several times, one after the other.
 */
export function foldJoined(text: string): string {
  if (text !== lastFolded.text) lastFolded = { text, folded: fold(text) };
  return lastFolded.folded;
}

/** Straight apostrophes, no markdown emphasis, single blanks. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ´`]/g, "'")
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A document line as the organisation readers compare it: its text, and that text folded. */
export interface LineView {
  text: string;
  folded: string;
}

/**
 * Line views, computed once per distinct line: the readers of direction, service, supervisor and
 * team each walk the document's lines, and tidying plus folding every line four times cost more
 * than the rest of the parse. Bounded like every memo (entries and bytes); lines over 2,000
 * characters are computed each time.
 */
function lineMemo(view: (line: string) => string): (line: string) => LineView {
  const memo = new BoundedMemo<LineView>({
    maxEntries: 4_000,
    maxBytes: 4 * 1024 * 1024,
    maxKeyLength: 2_000,
    valueBytes: (v) => stringBytes(v.text) + stringBytes(v.folded),
  });
  return (line) =>
    memo.get(line, (key) => {
      const text = view(key);
      return { text, folded: fold(text) };
    });
}

/** A line without leading markdown marks (`#`, `>`, `*`), tidied ("Unité organisationnelle : …"). */
export const labelLine = lineMemo((line) => tidy(line.replace(/^[\s#>*]+/, '')));

/** A line without markdown, heading marks or bullet, tidied. */
export const plainLine = lineMemo((line) => tidy(cleanInline(line).replace(/^[-–•●▪◦]\s?/, '')));

/** First letter in capitals, the rest as written. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/**
 * Sentence case: words in lower case except acronyms (all capitals, two letters or more,
 * unless the whole text is in capitals), first letter in capitals.
 */
export function sentenceCase(text: string): string {
  const shouting = text === text.toLocaleUpperCase('fr');
  const lowered = text.replace(/\p{L}+/gu, (word) =>
    !shouting && word.length >= 2 && word === word.toLocaleUpperCase('fr')
      ? word
      : word.toLocaleLowerCase('fr'),
  );
  return capitalise(lowered);
}

/** Escapes a string for a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A folded alternation of lexicon phrases, longest first, blanks matched loosely. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .map((p) => fold(p))
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, ' +'))
    .join('|');
}

const UNIT_WORDS = new Set(ORG_WORDS.unitWords.map(fold));
const DIRECTION_WORDS = new Set(ORG_WORDS.directionWords.map(fold));

/** True when the text opens with a unit word ("Service ...", "section ...", "Agence ..."). */
export function startsWithUnitWord(text: string): boolean {
  const first = fold(text).match(/^\p{L}+/u)?.[0] ?? '';
  return UNIT_WORDS.has(first);
}

/** True when the text opens with "Direction". */
export function startsWithDirectionWord(text: string): boolean {
  const first = fold(text).match(/^\p{L}+/u)?.[0] ?? '';
  return DIRECTION_WORDS.has(first);
}

/** The title of the document: its first non-empty line, unless that line is a labelled field. */
export function titleOf(context: ParseContext): { text: string; line: number } | null {
  const { doc } = context;
  for (let i = 0; i < doc.lines.length; i++) {
    const text = cleanInline(doc.lines[i] ?? '');
    if (text === '') continue;
    if ((doc.hits[i] ?? []).some((hit) => hit.atLineStart)) return null;
    return { text: tidy(text), line: i };
  }
  return null;
}

/** A title cut at its dashes: "DT - Technicien Section Energie - CERT". */
export interface TitleParts {
  /** The leading acronym ("DT"), when the title opens with one followed by a dash. */
  acronym: string | null;
  /** The parts after the acronym, with the dash that precedes each one. */
  parts: Array<{ text: string; dash: string }>;
}

const TITLE_ACRONYM = /^(\p{Lu}{2,6})\s?[-–—]\s?/u;

/** Splits a title on its spaced or glued dashes, the leading acronym apart. */
export function titleParts(title: string): TitleParts {
  const head = TITLE_ACRONYM.exec(title);
  const rest = head ? title.slice(head[0].length) : title;
  const parts: TitleParts['parts'] = [];
  let dash = '';
  let start = 0;
  for (const m of rest.matchAll(/ [-–—] ?|(?<=\p{L})[-–—] /gu)) {
    const text = rest.slice(start, m.index).trim();
    if (text !== '') parts.push({ text, dash });
    dash = m[0];
    start = (m.index ?? 0) + m[0].length;
  }
  const last = rest.slice(start).trim();
  if (last !== '') parts.push({ text: last, dash });
  return { acronym: head?.[1] ?? null, parts };
}

/** The raw line of the document, trimmed, for a quote. */
export function quoteLine(context: ParseContext, line: number): string {
  return (context.doc.lines[line] ?? '').trim();
}

const JOINED = new WeakMap<object, { text: string; starts: number[] }>();

/** The document's lines joined by blanks, with the start offset of each line (computed once). */
export function joinedLines(context: ParseContext): { text: string; starts: number[] } {
  const cached = JOINED.get(context.doc);
  if (cached) return cached;
  const starts: number[] = [];
  let text = '';
  for (const line of context.doc.lines) {
    starts.push(text.length);
    const tidied = tidy(line);
    if (tidied !== '') text += `${tidied} `;
  }
  const joined = { text, starts };
  JOINED.set(context.doc, joined);
  return joined;
}

/** The line holding an offset of `joinedLines`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let line = 0;
  for (let i = 0; i < starts.length; i++) {
    if ((starts[i] ?? 0) <= offset) line = i;
    else break;
  }
  return line;
}

const SKIP = new Set(ORG_WORDS.acronymSkipWords.map(fold));

/**
 * The words an acronym stands for, read backwards from "(ACR)" in the text: each letter of
 * the acronym, from the last, is the initial of a word ("Centre d'Exploitation des Réseaux de
 * télécommunications (CERT)"), small words skipped. Null when the initials do not match.
 */
export function expansionBefore(text: string, end: number, acronym: string): string | null {
  const before = text.slice(Math.max(0, end - 300), end);
  const tokens = [...before.matchAll(/[\p{L}\p{N}]+/gu)];
  let letter = acronym.length - 1;
  let startAt: number | null = null;
  for (let t = tokens.length - 1; t >= 0 && letter >= 0; t--) {
    const token = tokens[t];
    if (!token) break;
    const word = fold(token[0]);
    const wanted = fold(acronym.charAt(letter));
    if (word.charAt(0) === wanted) {
      letter--;
      startAt = token.index ?? 0;
      continue;
    }
    if (SKIP.has(word)) continue;
    return null;
  }
  if (letter >= 0 || startAt === null) return null;
  const offset = Math.max(0, end - 300);
  return trimChars(tidy(text.slice(offset + startAt, end)), `${TRAILING_PUNCTUATION}–-`, 'end');
}

/** Every "(ACR)" of a text, with where it starts. */
export function parenthesisedAcronyms(text: string): Array<{ acronym: string; index: number }> {
  return [...text.matchAll(/\((\p{Lu}{2,8})\)/gu)].map((m) => ({
    acronym: m[1] ?? '',
    index: m.index ?? 0,
  }));
}

/** The text without the given characters at either end (a loop, not a backtracking regex). */
export function trimChars(text: string, chars: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && chars.includes(text.charAt(start))) start++;
  while (end > start && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Blanks and the punctuation a value may trail. */
export const TRAILING_PUNCTUATION = ' \t.,;:';
