/** Deterministic distinct words for the memo tests: letters only, no letter three times in a row. */
const LETTERS = 'bcdfghjklmnpqrstvwxz';
const FILLER = 'anticonstitutionnellement';

/** The `i`-th distinct word of exactly `length` letters (`length` ≥ 8): a base-20 prefix, then filler. */
export function distinctWord(i: number, length: number): string {
  let prefix = '';
  for (let n = i; prefix.length < 6; n = Math.floor(n / LETTERS.length))
    prefix += `${LETTERS[n % LETTERS.length]}o`;
  return (prefix + FILLER.repeat(Math.ceil(length / FILLER.length))).slice(0, length);
}

/** `count` distinct words of `length` letters, from the `from`-th. */
export function distinctWords(count: number, length: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => distinctWord(from + i, length));
}
