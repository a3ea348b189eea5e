import { foldPhrase } from './facetLines.ts';
import { cleanInline } from '../document.ts';
import { foldSameLength } from '../frenchDate.ts';

/** Escapes a folded phrase for a pattern, its blanks matching any run of blanks, `:` or `*`. */
export function phrasePattern(phrase: string, between = '[\\s:*]+'): string {
  return foldPhrase(phrase)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(between);
}

/**
 * A matcher for labels that open a block of the document ("Contact et informations
 * complémentaires", "Pour répondre à cette offre"): the label must open the line
 * (after markdown marks and a bullet) and be followed by `:`, `**` or the end of the
 * line, so "Contacts fréquents avec les usagers" is no label. Linear: literal words
 * separated by blank runs, tried once per line.
 */
export function compileBlockLabels(labels: readonly string[]): (marked: string) => string | null {
  const alternatives = [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => phrasePattern(label))
    .join('|');
  const pattern = new RegExp(
    `^[\\s#>*•●▪◦–-]*(?:${alternatives})(?![a-z0-9])(?=[ \\t]*(?:$|:|\\*))`,
  );
  return (marked) => {
    const m = pattern.exec(foldSameLength(marked));
    if (m === null) return null;
    return cleanInline(marked.slice(m[0].length)).replace(/^[\s:*]+/, '');
  };
}

/** True when a folded text holds the folded phrase as whole words. */
export function hasPhrase(folded: string, phrase: string): boolean {
  return phraseIndex(folded, phrase) !== -1;
}

/** Where a folded phrase starts in a folded text as whole words, or -1. */
export function phraseIndex(folded: string, phrase: string): number {
  const wordChar = /[a-z0-9]/;
  let at = folded.indexOf(phrase);
  while (at !== -1) {
    const before = at === 0 ? ' ' : folded.charAt(at - 1);
    const after = folded.charAt(at + phrase.length);
    const startsWord = !wordChar.test(phrase.charAt(0)) || !wordChar.test(before);
    const endsWord = !wordChar.test(phrase.charAt(phrase.length - 1)) || !wordChar.test(after);
    if (startsWord && endsWord) return at;
    at = folded.indexOf(phrase, at + 1);
  }
  return -1;
}
