import { normalize, normalizeWords } from '../../../text/normalize.ts';
import { cleanInline, isBullet, type OfferDocument } from '../document.ts';
import type { FieldValue } from '../fieldValues.ts';
import type { ParseContext } from '../types.ts';
import { COMPANION_WORDS, FILLER_WORDS, POSTING } from './communeForms.ts';
import {
  type CommunesFacet,
  facetOfMatches,
  matchPlaces,
  type PlaceMatch,
} from './communesOfPlace.ts';
import type { Sourced } from './sourced.ts';

/** A line of the document and the places read on it. */
interface PlaceLine {
  line: number;
  matches: PlaceMatch[];
}

/** One line of the place of work and the part of it that belongs to the place. */
interface PlacePiece {
  line: number;
  text: string;
}

/** How far below the place of work a displaced line of it may sit (0754: 10 lines). */
const DISPLACED_WINDOW = 15;
/** A displaced place line is short: a name, a postcode, "CEDEX". */
const DISPLACED_MAX_WORDS = 6;
/** Lines a field value may skip between its pieces (blank lines of the conversion). */
const CONTINUATION_GAP = 3;

function words(text: string): string[] {
  const normalized = normalizeWords(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * The lines the place of work was read from, each with its own part: the labelled value on the
 * label's line, then the continuation lines `resolveFieldValues` joined ("2 rue ... Nouméa").
 */
function placePieces(doc: OfferDocument, field: FieldValue): PlacePiece[] {
  const hit = (doc.hits[field.line] ?? []).find((h) => h.key === 'location');
  const first = hit?.value ?? field.value;
  const pieces: PlacePiece[] = [{ line: field.line, text: first }];
  let rest = field.value.slice(first.length).trim();
  let line = field.line;
  while (rest !== '') {
    let next = -1;
    for (let i = line + 1; i < doc.lines.length && i <= line + CONTINUATION_GAP; i++) {
      if ((doc.lines[i] ?? '').trim() !== '') {
        next = i;
        break;
      }
    }
    if (next === -1) break;
    const raw = doc.lines[next] ?? '';
    const text = cleanInline(raw.slice(0, doc.hits[next]?.[0]?.start ?? raw.length));
    if (text === '' || !rest.startsWith(text)) break;
    pieces.push({ line: next, text });
    rest = rest.slice(text.length).trim();
    line = next;
  }
  return pieces;
}

/**
 * True when a line is nothing but a place: names, postcodes and filler words ("Pouembout",
 * "98841 NOUMEA CEDEX"), the shape of a table cell the PDF conversion displaced.
 */
function isPlaceOnly(lineWords: readonly string[], matches: readonly PlaceMatch[]): boolean {
  if (matches.length === 0 || lineWords.length > DISPLACED_MAX_WORDS) return false;
  const covered = new Array<boolean>(lineWords.length).fill(false);
  for (const m of matches) covered.fill(true, m.start, m.end);
  return lineWords.every((w, i) => covered[i] || FILLER_WORDS.has(w));
}

/** Place-only lines below the place of work, outside headings, bullets and labelled lines. */
function displacedPlaceLines(doc: OfferDocument, after: number): PlaceLine[] {
  const found: PlaceLine[] = [];
  const end = Math.min(doc.lines.length, after + 1 + DISPLACED_WINDOW);
  for (let i = after + 1; i < end; i++) {
    const raw = doc.lines[i] ?? '';
    if (/^\s*#/.test(raw) || isBullet(raw) || (doc.hits[i] ?? []).length > 0) continue;
    const lineWords = words(cleanInline(raw));
    if (lineWords.length === 0 || lineWords.length > DISPLACED_MAX_WORDS) continue;
    const matches = matchPlaces(lineWords);
    if (isPlaceOnly(lineWords, matches)) found.push({ line: i, matches });
  }
  return found;
}

/** The facet read from the place of work, quoting the line that names a commune first. */
function fromPlaceOfWork(doc: OfferDocument, field: FieldValue): Sourced<CommunesFacet> | null {
  const pieces = placePieces(doc, field);
  const read = pieces.map((piece) => ({ piece, matches: matchPlaces(words(piece.text)) }));
  const matches = read.flatMap((r) => r.matches);
  const incomplete =
    matches.every((m) => m.commune === null) ||
    pieces.some((p) => words(p.text).some((w) => COMPANION_WORDS.has(w)));
  const lastLine = pieces[pieces.length - 1]!.line;
  const displaced = incomplete ? displacedPlaceLines(doc, lastLine) : [];
  const all = [...matches, ...displaced.flatMap((d) => d.matches)];
  const value = facetOfMatches(all);
  if (value === null) return null;
  const quoted =
    read.find((r) => r.matches.some((m) => m.byName && m.commune !== null)) ??
    read.find((r) => r.matches.length > 0);
  const line = quoted?.piece.line ?? displaced[0]?.line ?? field.line;
  return { value, quote: (doc.lines[line] ?? '').trim() };
}

/** Inclusive endings, "affecté(e)", "basé(e)s": the cue reads as its plain word. */
const INCLUSIVE_ENDING = /\((?:e|s|es|ne|le)\)/g;

/** Words of a sentence and its stops: commas, colons and brackets end a place. */
function sentenceTokens(sentence: string): string[] {
  return (
    normalize(sentence)
      .replace(INCLUSIVE_ENDING, '')
      .match(/[\p{L}\p{N}]+|[,:;()[\]«»"]/gu) ?? []
  );
}

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => tokens[at + i] === word);
}

/** Phrases by their first word, so most words are passed over with one look-up. */
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) index.set(phrase[0]!, [...(index.get(phrase[0]!) ?? []), phrase]);
  return index;
}

const SUBJECTS = byFirstWord(POSTING.subjects);
const CUES = byFirstWord(POSTING.cues);

/** The phrase of an index starting at a token, if any. */
function phraseAt(
  index: ReadonlyMap<string, (readonly string[])[]>,
  tokens: readonly string[],
  at: number,
): readonly string[] | undefined {
  return index.get(tokens[at]!)?.find((phrase) => startsWith(tokens, at, phrase));
}

function hasSubject(tokens: readonly string[]): boolean {
  return tokens.some((_, at) => phraseAt(SUBJECTS, tokens, at) !== undefined);
}

const IS_WORD = /^[\p{L}\p{N}]/u;
/** The words a chain of places is looked for in after a cue (bounds the work on long lines). */
const CHAIN_MAX_WORDS = 24;

/**
 * The places right after a cue ("basé à", "affecté à"), as a chain: the first within a few words
 * of the cue, the next ones joined by "et", "ou", articles; the first other word ends the chain
 * ("basé sur Hienghène et devra couvrir ... Ouégoa" gives Hienghène only).
 */
function chainAfter(tokens: readonly string[], from: number): PlaceMatch[] {
  const after: string[] = [];
  const end = Math.min(tokens.length, from + CHAIN_MAX_WORDS);
  for (let i = from; i < end && IS_WORD.test(tokens[i]!); i++) after.push(tokens[i]!);
  const chain: PlaceMatch[] = [];
  let expected = 0;
  for (const m of matchPlaces(after)) {
    const gap = after.slice(expected, m.start);
    const joined =
      chain.length === 0
        ? gap.length <= POSTING.leadWords
        : gap.every((w) => POSTING.joiners.has(w));
    if (!joined) break;
    chain.push(m);
    expected = m.end;
  }
  return chain;
}

/** Splits a line into sentences (no quantifier overlap: one pass over the stops). */
function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?]\s/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The first sentence of the document saying where the post is based ("L'agent sera basé sur
 * Hienghène", "Poste basé à Koné et Pouembout"): a cue with a subject that is the post or the
 * person recruited, and the places chained right after the cue.
 */
function fromPostingSentence(doc: OfferDocument): Sourced<CommunesFacet> | null {
  for (const raw of doc.lines) {
    if (/^\s*#/.test(raw)) continue;
    for (const sentence of sentencesOf(cleanInline(raw))) {
      const tokens = sentenceTokens(sentence);
      if (!hasSubject(tokens)) continue;
      for (let at = 0; at < tokens.length; at++) {
        const cue = phraseAt(CUES, tokens, at);
        if (cue === undefined) continue;
        const value = facetOfMatches(chainAfter(tokens, at + cue.length));
        if (value !== null) return { value, quote: sentence };
      }
    }
  }
  return null;
}

/**
 * The communes where the post is based and their province, read from the place of work
 * ("Lieu de travail"): commune names, quarters and landmarks (PK5, ZI Ducos, Port Plaisance),
 * postcodes (98841), several communes ("Koné et Pouembout"), and a place line the PDF conversion
 * displaced below when the place of work is incomplete ("Agence OPT KONE et son annexe" ...
 * "Pouembout"). Without a place of work, only a sentence saying where the post is based counts.
 * Null when nothing names a known place.
 *
 * @example
 * readCommunes(createContext('Lieu de travail : 206 rue Jacques IEKAWE PK5 - 98841', 'x.md'))
 * // { value: { communes: ['Nouméa'], province: 'Province Sud' }, quote: 'Lieu de travail : ...' }
 */
export function readCommunes(context: ParseContext): Sourced<CommunesFacet> | null {
  const field = context.fields.get('location');
  const fromField = field === undefined ? null : fromPlaceOfWork(context.doc, field);
  return fromField ?? fromPostingSentence(context.doc);
}
