import table from '../../text/lexicon/negations.fr.json' with { type: 'json' };

const CUES = new Set(table.cues);
const BRIDGES = new Set(table.bridges);
const JOINERS = new Set(table.joiners);

/** Where a mention was read in the message's words: `[start, end)`. */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The span of the words `said` in `words`, searched from `from`: the first place they appear as
 * whole words, or null.
 */
export function spanOf(words: readonly string[], said: string, from = 0): WordSpan | null {
  const wanted = said.split(' ');
  for (let start = from; start + wanted.length <= words.length; start += 1)
    if (wanted.every((w, i) => words[start + i] === w))
      return { start, end: start + wanted.length };
  return null;
}

/**
 * The polarity of mentions read at these spans (in message order): `notIn` when a negation cue
 * ("pas", "hors", "sauf", "ailleurs"…) comes before the mention with at most `maxBridge` bridge
 * words between ("pas à", "en dehors du", "ne relèvent pas de la direction de"), or when the
 * mention follows an excluded one with only joiners between ("ni à Nouméa ni à Dumbéa",
 * "sauf Nouméa et Dumbéa"). Every other mention is `in`.
 */
export function polarities(
  words: readonly string[],
  spans: ReadonlyArray<WordSpan | null>,
): Array<'in' | 'notIn'> {
  const excludedEnds = new Set<number>();
  return spans.map((span) => {
    if (span === null) return 'in';
    const negated =
      cuedBefore(words, span.start) || followsExcluded(words, span.start, excludedEnds);
    if (negated) excludedEnds.add(span.end);
    return negated ? 'notIn' : 'in';
  });
}

function cuedBefore(words: readonly string[], start: number): boolean {
  for (let i = start - 1, bridged = 0; i >= 0; i -= 1) {
    const word = words[i]!;
    if (CUES.has(word)) return true;
    if (!BRIDGES.has(word) || bridged >= table.maxBridge) return false;
    bridged += 1;
  }
  return false;
}

function followsExcluded(
  words: readonly string[],
  start: number,
  ends: ReadonlySet<number>,
): boolean {
  for (let i = start; i > 0 && start - i <= 3; i -= 1) {
    if (ends.has(i)) return true;
    if (!JOINERS.has(words[i - 1]!)) return false;
  }
  return false;
}
