import { cleanInline, isBullet, type OfferDocument } from '../document.ts';
import { foldSameLength } from '../frenchDate.ts';
import type { ParseContext } from '../types.ts';

/** One line of a document as the facet readers see it. */
export interface FacetLine {
  index: number;
  /** The line as written in the source (markdown kept), trimmed: what a quote shows. */
  raw: string;
  /** The prepared line (escapes and links resolved, `**` kept), for labels. */
  marked: string;
  /** Emphasis, heading marks and bullet marker removed, blanks collapsed. */
  text: string;
  /** `text` lower-cased without accents, one character per character (indices shared). */
  folded: string;
  bullet: boolean;
  heading: boolean;
}

const BULLET_MARK = /^(?:[-–•●▪◦*]|\d+[.)])\s*/;
const cache = new WeakMap<OfferDocument, FacetLine[]>();

/** A text with its fold, for searching lexicon phrases without losing the written form. */
export function withFold(text: string): { text: string; folded: string } {
  return { text, folded: foldSameLength(text) };
}

/** Folds a lexicon phrase the way document lines are folded (lower case, no accents). */
export function foldPhrase(phrase: string): string {
  return foldSameLength(phrase.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/**
 * The lines of a document, cleaned for the facet readers (computed once per document).
 * Indices are those of `context.doc.lines`.
 */
export function facetLines(context: ParseContext): FacetLine[] {
  const known = cache.get(context.doc);
  if (known) return known;
  const raws = context.text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const lines = context.doc.lines.map((marked, index) => {
    const bullet = isBullet(marked);
    const cleaned = cleanInline(marked);
    const text = bullet ? cleaned.replace(BULLET_MARK, '').trim() : cleaned;
    return {
      index,
      raw: (raws[index] ?? marked).trim(),
      marked,
      text,
      folded: foldSameLength(text),
      bullet,
      heading: /^\s*#/.test(marked),
    };
  });
  cache.set(context.doc, lines);
  return lines;
}

/** Strips separators and blanks around a value (` - `, `:`, `;`, `,`), keeping a final period. */
export function trimValue(text: string): string {
  return text.replace(/^[\s:;,–—-]+/, '').replace(/[\s:;,–—-]+$/, '');
}
