import table from '../../text/lexicon/residence.fr.json' with { type: 'json' };

/** What a user says of their own residence in New Caledonia: a duration, or a year of arrival. */
export type ResidenceClaim = { kind: 'years'; years: number } | { kind: 'since'; year: number };

const NUMBERS = new Map<string, number>(Object.entries(table.numbers));
const framed = (forms: readonly string[]) => forms.map((f) => ` ${f} `);
const YEAR_WORDS = new Set(table.yearWords.map((w) => w.split(' ')[0]!));
const HALF = framed(table.half);
const AGE_BEFORE = framed(table.ageBefore);
const RESIDENCE_AFTER = framed(table.residenceAfter);
const NOT_RESIDENCE_AFTER = framed(table.notResidenceAfter);
const REQUIREMENT_BEFORE = framed(table.requirementBefore);
const SINCE_BEFORE = new Set(table.sinceBefore);
const ARRIVAL = new Set(table.arrival);

/** True when the padded text `words` (" a b c ") ends with one of the forms. */
const endsWithAny = (text: string, forms: readonly string[]) => forms.some((f) => text.endsWith(f));
const startsWithAny = (text: string, forms: readonly string[]) =>
  forms.some((f) => text.startsWith(f));
const holdsAny = (text: string, forms: readonly string[]) => forms.some((f) => text.includes(f));

/** The number written at `index` (digits or a word, "dix sept" included) and how many words it takes. */
function numberAt(
  words: readonly string[],
  index: number,
): { value: number; length: number } | null {
  const word = words[index]!;
  if (/^\d{1,2}$/.test(word)) return { value: Number(word), length: 1 };
  const two = NUMBERS.get(`${word} ${words[index + 1] ?? ''}`);
  if (two !== undefined) return { value: two, length: 2 };
  const one = NUMBERS.get(word);
  return one === undefined ? null : { value: one, length: 1 };
}

/** A duration of residence at `index`, or null when the number there is an age, experience or a requirement. */
function durationAt(words: readonly string[], index: number): number | null {
  const number = numberAt(words, index);
  if (number === null) return null;
  const unit = index + number.length;
  if (!YEAR_WORDS.has(words[unit] ?? '')) return null;
  const before = ` ${words.slice(Math.max(0, index - 3), index).join(' ')} `;
  const after = ` ${words.slice(unit + 1, unit + 5).join(' ')} `;
  if (startsWithAny(after, NOT_RESIDENCE_AFTER)) return null;
  if (holdsAny(before, REQUIREMENT_BEFORE)) return null;
  if (endsWithAny(before, AGE_BEFORE) && !startsWithAny(after, RESIDENCE_AFTER)) return null;
  return number.value + (startsWithAny(after, HALF) ? 0.5 : 0);
}

/** A year of arrival at `index` ("depuis 2019", "arrivé en 2015"), or null. */
function arrivalAt(words: readonly string[], index: number): number | null {
  const word = words[index]!;
  if (!/^(19[5-9]\d|20[0-4]\d)$/.test(word)) return null;
  const previous = words[index - 1] ?? '';
  if (SINCE_BEFORE.has(previous)) return Number(word);
  const cue = words.slice(Math.max(0, index - 5), index - 1);
  if (previous === 'en' && cue.some((w) => ARRIVAL.has(w))) return Number(word);
  return null;
}

/**
 * Reads a residence claim in normalised text: "j'habite ici depuis 7 ans", "9 ans et demi",
 * "arrivé il y a 6 ans", "je suis arrivé en 2019". "J'ai 22 ans" is an age, "10 ans d'expérience"
 * no residence, and no word of origin or identity is a claim. Null when none is stated.
 */
export function findResidenceClaim(normalizedText: string): ResidenceClaim | null {
  const words = normalizedText.split(' ').filter(Boolean);
  for (const index of words.keys()) {
    const years = durationAt(words, index);
    if (years !== null) return { kind: 'years', years };
    const year = arrivalAt(words, index);
    if (year !== null) return { kind: 'since', year };
  }
  return null;
}

/** Years of residence a claim gives on a Nouméa day (a year of arrival counts the years completed at most). */
export function residenceYears(claim: ResidenceClaim, today: string): number {
  if (claim.kind === 'years') return claim.years;
  return Math.max(0, Number(today.slice(0, 4)) - claim.year - 1);
}
