import { foldText } from './foldText.ts';

/** Whether a value read from an offer equals the truth's value for one facet. */
export type CompareRule = (expected: unknown, got: unknown) => boolean;

/** Numbers, ISO days, booleans and references: strictly equal (null equals null only). */
export const exact: CompareRule = (expected, got) => expected === got;

/** Texts, equal once folded (`foldText`); null equals null only. */
export const foldedText: CompareRule = (expected, got) =>
  typeof expected === 'string' && typeof got === 'string'
    ? foldText(expected) === foldText(got)
    : expected === null && got === null;

const foldedItems = (items: unknown[]): Set<string> | null =>
  items.every((item) => typeof item === 'string') ? new Set(items.map(foldText)) : null;

/** Lists of texts, equal as sets of folded items (order and repeats ignored); null equals null only. */
export const foldedSet: CompareRule = (expected, got) => {
  if (!Array.isArray(expected) || !Array.isArray(got)) return expected === null && got === null;
  const want = foldedItems(expected);
  const have = foldedItems(got);
  if (want === null || have === null || want.size !== have.size) return false;
  return [...want].every((item) => have.has(item));
};

/**
 * Objects, compared member by member, each by its own rule (members the rule does not name are
 * ignored); null equals null only.
 */
export function members(rules: Record<string, CompareRule>): CompareRule {
  return (expected, got) => {
    if (expected === null || got === null) return expected === got;
    if (typeof expected !== 'object' || typeof got !== 'object') return false;
    const want = expected as Record<string, unknown>;
    const have = got as Record<string, unknown>;
    return Object.entries(rules).every(([key, rule]) => rule(want[key] ?? null, have[key] ?? null));
  };
}
