/**
 * New Caledonian telephone numbers: six digits, grouped as printed (`26.79.38`,
 * `27 12 34`, `267770`, `746.946`), with an optional `+687` / `(+687)` prefix.
 * The pattern is linear: every piece has a fixed length and the digit run is
 * fenced by look-arounds, so no start position costs more than a few steps.
 */
const PHONE =
  /(?<!\d[ .-]?)(?<![+.])(?:\(\s?\+\s?687\s?\)\s?|\+\s?687\s?|00\s?687\s?)?(?:\d{2}[ .-]?\d{2}[ .-]?\d{2}|\d{3}[ .-]?\d{3})(?![ .-]?\d)/g;

/** A telephone number as printed, and where it starts in the text. */
export interface FoundPhone {
  value: string;
  index: number;
}

/**
 * Every NC telephone number of a text, as printed, in order.
 *
 * @example
 * findPhones('Tel : (+687) 26 82 12 ou Mob : (+687) 92 82 02').map((p) => p.value)
 * // ['(+687) 26 82 12', '(+687) 92 82 02']
 */
export function findPhones(text: string): FoundPhone[] {
  return [...text.matchAll(PHONE)].map((m) => ({ value: m[0].trim(), index: m.index ?? 0 }));
}

/** Several numbers joined the way the facets write them: `26 82 12 / 92 82 02`. */
export function joinPhones(phones: readonly string[]): string | null {
  const unique = [...new Set(phones)];
  return unique.length > 0 ? unique.join(' / ') : null;
}
