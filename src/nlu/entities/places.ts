import placesTable from '../../text/lexicon/places.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import Fuse from 'fuse.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import stopwordTable from '../../text/lexicon/stopwords.json' with { type: 'json' };
import { BoundedMemo, type MemoStats } from '../../text/boundedMemo.ts';
import {
  AREA_FORMS,
  type Area,
  LANDMARK_FORMS,
  PLACE_FORMS,
  type PlaceForm,
  type ProvinceId,
  type Commune,
} from '../../text/places.ts';

/**
 * A place the user named: a commune (`quarter` when a quarter or landmark of it was named, the
 * offers' place of work must then name it too; `area` when it is one commune of an area named,
 * "le Grand Nouméa") or a province.
 */
export type PlaceMention =
  | { kind: 'commune'; commune: Commune; said: string; quarter?: string; area?: string }
  | { kind: 'province'; province: ProvinceId; said: string };

/** A form the user may write: a place, or an area standing for several communes. */
type Named = PlaceForm | { form: string; area: Area };

const exactForms = new Map<string, Named>(
  [...LANDMARK_FORMS, ...PLACE_FORMS, ...AREA_FORMS].map((f) => [f.form, f]),
);
const fuzzyForms = PLACE_FORMS.filter((f) => !f.isProvince && f.form.length >= 5);
const MAX_WORDS = 4;

/** Edits tolerated for a word of this length: none under 5 letters ("poum" is not "pour"). */
function tolerance(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Near misses of commune and quarter names: fuse.js shortlists the forms (the
 * list is small, ~150 forms, so it compares with each in microseconds), then
 * the Damerau-Levenshtein distance, which counts a swap of two letters as one
 * edit ("nouema"), decides within the word's tolerance.
 */
const fuzzyIndex = new Fuse(fuzzyForms, {
  keys: ['form'],
  threshold: 0.45,
  ignoreLocation: true,
  isCaseSensitive: true,
});

/** Question words ("quelles", "combien", "poste") are never near misses of a place. */
const NOT_PLACES = new Set(stopwordTable.words);
/** A candidate longer than this is more than two edits (the most tolerated) from every form. */
const MAX_CANDIDATE_LENGTH = Math.max(...fuzzyForms.map((f) => f.form.length)) + 2;

/**
 * Near misses already decided (most messages reuse the same words): one or two words, at most
 * {@link MAX_CANDIDATE_LENGTH} letters, the value a shared table row.
 */
const decided = new BoundedMemo<PlaceForm | null>({
  maxEntries: 5_000,
  maxBytes: 512 * 1024,
  maxKeyLength: MAX_CANDIDATE_LENGTH,
  valueBytes: () => 0,
});

function closestForm(candidate: string): PlaceForm | null {
  if (candidate.length > MAX_CANDIDATE_LENGTH) return null;
  if (candidate.split(' ').some((w) => NOT_PLACES.has(w))) return null;
  return decided.get(candidate, searchNearForm);
}

/** The memo of near misses: size and bounds (read-only). */
export function placeMemoStats(): MemoStats {
  return decided.stats();
}

/** Letter counts of a string (a-z, space and other characters in one bucket). */
function letterCounts(text: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i) - 97;
    counts[code >= 0 && code < 26 ? code : 26]! += 1;
  }
  return counts;
}

const fuzzyCounts = fuzzyForms.map((f) => ({
  length: f.form.length,
  counts: letterCounts(f.form),
}));

/**
 * A cheap necessary condition for a near miss: within `allowed` edits, the
 * lengths differ by at most `allowed` and the letter counts by at most twice
 * that (a substitution changes two counts, an insertion one, a swap none).
 * Most words of a message are far from every place; they stop here.
 */
function mayBeNear(candidate: string, allowed: number): boolean {
  const counts = letterCounts(candidate);
  return fuzzyCounts.some((form) => {
    if (Math.abs(form.length - candidate.length) > allowed) return false;
    let difference = 0;
    for (let i = 0; i < 27 && difference <= 2 * allowed; i += 1)
      difference += Math.abs(counts[i]! - form.counts[i]!);
    return difference <= 2 * allowed;
  });
}

function searchNearForm(candidate: string): PlaceForm | null {
  const allowed = tolerance(candidate.length);
  if (allowed === 0 || !mayBeNear(candidate, allowed)) return null;
  let best: PlaceForm | null = null;
  let bestDistance = allowed + 1;
  for (const { item } of fuzzyIndex.search(candidate, { limit: 5 })) {
    const distance = DamerauLevenshteinDistance(candidate, item.form);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

function toMentions(form: Named, said: string): PlaceMention[] {
  if ('area' in form)
    return form.area.communes.map((commune) => ({
      kind: 'commune',
      commune,
      said,
      area: form.area.name,
    }));
  if (form.commune === null) return [{ kind: 'province', province: form.province, said }];
  return [
    form.quarter === undefined
      ? { kind: 'commune', commune: form.commune, said }
      : { kind: 'commune', commune: form.commune, said, quarter: form.quarter },
  ];
}

/** Names of the whole territory ("en Nouvelle-Calédonie"): no filter, and never a near miss of a place. */
const TERRITORY = placesTable.territory.map(normalizeWords);

/** Marks the words naming the whole territory as taken. */
function takeTerritory(words: readonly string[], taken: boolean[]): void {
  for (const form of TERRITORY) {
    const size = form.split(' ').length;
    for (let start = 0; start + size <= words.length; start += 1)
      if (words.slice(start, start + size).join(' ') === form)
        taken.fill(true, start, start + size);
  }
}

/**
 * Finds the places named in normalised words: exact forms first (longest
 * first), then near misses of communes ("noumae", "dumbea"); a word taken by
 * one place is not reused.
 *
 * @example
 * findPlaces(['postes', 'a', 'noumea']) // [{ kind: 'commune', commune: { name: 'Nouméa', ... } }]
 */
export function findPlaces(
  words: readonly string[],
  ignore: ReadonlySet<string> = new Set(),
): PlaceMention[] {
  const taken = new Array<boolean>(words.length).fill(false);
  takeTerritory(words, taken);
  const found: Array<{ at: number; mentions: PlaceMention[] }> = [];
  for (const fuzzy of [false, true]) {
    for (let size = MAX_WORDS; size >= 1; size -= 1) {
      for (let start = 0; start + size <= words.length; start += 1) {
        if (taken.slice(start, start + size).some(Boolean)) continue;
        const said = words.slice(start, start + size).join(' ');
        if (size === 1 && ignore.has(said)) continue;
        const form: Named | null | undefined = fuzzy
          ? size <= 2
            ? closestForm(said)
            : null
          : exactForms.get(said);
        if (!form) continue;
        taken.fill(true, start, start + size);
        found.push({ at: start, mentions: toMentions(form, said) });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.mentions);
}
