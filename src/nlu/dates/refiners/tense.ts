import { CLAUSE_BREAK, PAST_CUES } from '../lexicon.ts';

/**
 * True when the clause before `index` speaks of the past ("publiées", "depuis", "il y a"):
 * the rule that turns a bare "30 juin" or "vendredi" into the past one. The clause runs back
 * to the last punctuation or linking word ("et", "qui", "mais").
 */
export function pastClauseBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  let start = 0;
  for (const found of before.matchAll(CLAUSE_BREAK)) start = found.index + found[0].length;
  return PAST_CUES.test(before.slice(start));
}
