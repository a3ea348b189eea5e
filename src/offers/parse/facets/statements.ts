import { trimEndMatching } from '../trimEnd.ts';
import { facetLines, foldPhrase } from './facetLines.ts';
import type { Sourced } from './sourced.ts';
import type { ParseContext } from '../types.ts';

/**
 * Words that make a sentence the statement of a facet, as written in a lexicon
 * (natural French; folded when compiled).
 */
export interface StatementLexicon {
  /** The statement opens with one of these ("Déplacements sur les communes..."). */
  starts: readonly string[];
  /** The statement holds one of these anywhere ("... et devra couvrir ..."). */
  contains: readonly string[];
  /** A sentence holding one of these is not the statement ("frais de déplacement"). */
  excludes: readonly string[];
}

interface CompiledLexicon {
  starts: string[];
  contains: string[];
  excludes: string[];
}

/** Compiles a statement lexicon once (folds its phrases). */
export function compileStatements(lexicon: StatementLexicon): CompiledLexicon {
  return {
    starts: lexicon.starts.map(foldPhrase),
    contains: lexicon.contains.map(foldPhrase),
    excludes: lexicon.excludes.map(foldPhrase),
  };
}

/** A sentence ends at `.`, `!` or `?` followed by a blank and a capital (linear split). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«"“])/u;
/** Parts of a sentence joined by a spaced dash ("Horaires spéciaux - déplacement ..."). */
const PART_SEPARATOR = /\s[-–—]\s/;

function words(folded: string): string {
  return folded.replace(/[^a-z0-9'()]+/g, ' ').trim();
}

function startsWithWord(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && !/[a-z0-9]/.test(text.charAt(phrase.length));
}

function containsWord(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

/**
 * The first sentence part of the document that states a facet (travel, housing...),
 * as written, with its line (or, in a paragraph, its sentence) as quote.
 */
export function findStatement(
  context: ParseContext,
  lexicon: CompiledLexicon,
): Sourced<string> | null {
  for (const line of facetLines(context)) {
    if (line.text === '') continue;
    const sentences = line.text.split(SENTENCE_END);
    for (const sentence of sentences) {
      const sentenceWords = words(foldPhrase(sentence));
      if (lexicon.excludes.some((p) => containsWord(sentenceWords, words(p)))) continue;
      for (const part of sentence.split(PART_SEPARATOR)) {
        // Trimmed in linear time: `/[…]+$/` rescans a long run that does not end the part.
        const value = trimEndMatching(part.replace(/^[\s:;,–—-]+/, ''), /[\s:;,–—-]/);
        const partWords = words(foldPhrase(value));
        const hit =
          lexicon.starts.some((p) => startsWithWord(partWords, words(p))) ||
          lexicon.contains.some((p) => containsWord(partWords, words(p)));
        if (hit && /\p{L}/u.test(value)) {
          return { value, quote: sentences.length > 1 ? sentence.trim() : line.raw };
        }
      }
    }
  }
  return null;
}
