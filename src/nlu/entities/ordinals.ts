import table from '../../text/lexicon/ordinals.fr.json' with { type: 'json' };

const ORDINALS = new Map<string, number>(Object.entries(table.ordinals));

/**
 * The rank a message designates in a list ("le deuxième" → 2, "la dernière"
 * → -1, "la 3" / "numéro 3" → 3), or null. Bare numbers count only in a
 * message of at most three words, so "10 ans" or "bac+2" are not ranks; "en premier" is an
 * order ("qui ferme en premier"), not a rank.
 */
export function findOrdinal(words: readonly string[]): number | null {
  for (const [index, word] of words.entries()) {
    const rank = ORDINALS.get(word);
    const next = words[index + 1];
    const previous = words[index - 1];
    if (previous !== undefined && table.notAfter.includes(previous)) continue;
    if (rank !== undefined && (next === undefined || table.allowedAfter.includes(next)))
      return rank;
  }
  if (words.length <= 3) {
    const last = words[words.length - 1];
    if (
      last !== undefined &&
      /^[1-9]$/.test(last) &&
      (words.length === 1 || table.numberAfter.includes(words[words.length - 2]!))
    ) {
      return Number(last);
    }
  }
  return null;
}
