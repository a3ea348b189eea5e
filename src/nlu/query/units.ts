import table from '../../text/lexicon/units.fr.json' with { type: 'json' };
import listing from '../../text/lexicon/listing.fr.json' with { type: 'json' };
import { normalizeWords } from '../../text/normalize.ts';
import { extractor, type UnitName } from './extractor.ts';
import { polarities } from './negation.ts';
import type { UnitMention } from './query.ts';
import { sameWord, singular, takenPositions } from './wordForms.ts';

const KIND_WORDS = new Set([...table.kindWords.direction, ...table.kindWords.service]);
const FUNCTION_WORDS = new Set(table.functionWords);
const GENERIC = new Set([...table.generic, ...listing.generic]);
const PLAIN = new Map(Object.entries(table.plainWords));

/** One way of naming a unit: its key words in order (`prefix`: the start suffices after a kind word). */
interface UnitForm {
  unit: UnitName;
  keys: string[];
  /** An acronym or short form: the whole of it must be said. */
  whole: boolean;
}

/** The key words of a name: its words without function words, unit words or bracketed acronyms. */
function keyWords(name: string): string[] {
  return normalizeWords(name.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w !== '' && !FUNCTION_WORDS.has(w) && !KIND_WORDS.has(w));
}

function formsOf(units: readonly UnitName[]): UnitForm[] {
  return units
    .flatMap((unit) => [
      { unit, keys: keyWords(unit.name), whole: false },
      ...unit.aliases.map((alias) => ({ unit, keys: keyWords(alias), whole: true })),
    ])
    .filter((form) => form.keys.length > 0);
}

/** The forms of a catalog's units, built once per catalog (its `units()` list is kept as is). */
const formsByList = new WeakMap<readonly UnitName[], UnitForm[]>();

function formsFor(units: readonly UnitName[]): UnitForm[] {
  let forms = formsByList.get(units);
  if (forms === undefined) formsByList.set(units, (forms = formsOf(units)));
  return forms;
}

const matches = (said: string, key: string) => sameWord(said, key) || PLAIN.get(said) === key;

interface Found {
  unit: UnitName;
  start: number;
  end: number;
  /** Read from a one-word acronym or short form ("dpsp", "dt"). */
  whole: boolean;
}

/**
 * The longest reading of a form from word `at`: its key words in order, from key `first`, with at
 * most `maxGap` function or unit words between two of them.
 */
function readFrom(
  words: readonly string[],
  at: number,
  form: UnitForm,
  free: (i: number) => boolean,
) {
  let read = 0;
  let end = at;
  let first = -1;
  for (let k = 0; k < form.keys.length; k += 1) {
    let i = end;
    if (read > 0) {
      let gap = 0;
      while (
        i < words.length &&
        free(i) &&
        gap < table.maxGap &&
        isGap(words[i]!) &&
        !matches(words[i]!, form.keys[k]!)
      ) {
        i += 1;
        gap += 1;
      }
    }
    if (i < words.length && free(i) && matches(words[i]!, form.keys[k]!)) {
      if (first < 0) first = k;
      read += 1;
      end = i + 1;
    } else if (read > 0) break;
    else if (k === 0 && form.whole) return null;
  }
  return read === 0 ? null : { first, read, end };
}

/**
 * True when a reading is part of the offer title the message names: its words are title words
 * and the title named holds more ("chef de section expérience commerciale" names an offer, not
 * the section).
 */
function partOfTitle(
  words: readonly string[],
  found: Found,
  titled: ReadonlySet<string> | null,
): boolean {
  if (titled === null) return false;
  const inside = words.slice(found.start, found.end);
  if (!inside.every((w) => titled.has(w) || FUNCTION_WORDS.has(w))) return false;
  return words.some((w, i) => (i < found.start || i >= found.end) && titled.has(w));
}

const isGap = (word: string) => FUNCTION_WORDS.has(word) || KIND_WORDS.has(word);

/** The kind word just before a position (function words skipped), or -1. */
function kindWordBefore(words: readonly string[], at: number, kind: UnitName['kind']): number {
  const kindWords = table.kindWords[kind];
  for (let i = at - 1; i >= 0 && at - i <= 3; i -= 1) {
    if (kindWords.includes(words[i]!)) return i;
    if (!FUNCTION_WORDS.has(words[i]!)) return -1;
  }
  return -1;
}

/**
 * Whether a reading names its unit: an alias said whole; the name's key words all said; two or
 * more of them in a row, one not generic ("services de proximité" alone is not enough, "la
 * poste" names the employer); or, after a unit word, the name's start ("la direction de la poste",
 * "la section marketing").
 */
function accepted(
  form: UnitForm,
  read: { first: number; read: number },
  kindBefore: boolean,
): boolean {
  const keys = form.keys.slice(read.first, read.first + read.read);
  if (form.whole) return read.read === form.keys.length;
  if (read.read === form.keys.length)
    return form.unit.kind === 'direction' || kindBefore || read.read > 1;
  if (kindBefore && read.first === 0) return true;
  return read.read >= 2 && keys.some((k) => !GENERIC.has(k));
}

/**
 * Directions and services a message names, by the catalog's own names and aliases and the
 * lexicon's plain words ("côté télécoms", "la DPSP", "la distribution", "les moyens et
 * l'immobilier"), longest reading first, each excluded (`notIn`) when a negation precedes it.
 * Words read as places are not read again.
 */
export const units = extractor('units', ({ text, words, vocabulary }, sofar): UnitMention[] => {
  // only the forms one of whose key words the message says can be read (a catalog has hundreds)
  const said = new Set(words.flatMap((w) => [singular(w), singular(PLAIN.get(w) ?? w)]));
  const forms = formsFor(vocabulary.units()).filter((form) =>
    form.keys.some((key) => said.has(singular(key))),
  );
  if (forms.length === 0) return [];
  const taken = takenPositions(
    words,
    sofar.places.map((p) => p.place.said),
  );
  const titled = sofar.offers.some((o) => o.by === 'title') ? vocabulary.titleWords(text) : null;
  const found: Found[] = [];
  const free = (i: number) => !taken.has(i);
  for (;;) {
    let best: Found | null = null;
    for (let at = 0; at < words.length; at += 1) {
      if (!free(at)) continue;
      for (const form of forms) {
        const read = readFrom(words, at, form, free);
        if (read === null) continue;
        const kind = kindWordBefore(words, at, form.unit.kind);
        if (!accepted(form, read, kind >= 0)) continue;
        const start = kind >= 0 && free(kind) ? kind : at;
        if (best === null || read.end - start > best.end - best.start)
          best = {
            unit: form.unit,
            start,
            end: read.end,
            whole: form.whole && form.keys.length === 1,
          };
      }
    }
    if (best === null) break;
    // an acronym said whole ("la DPSP") names its unit even where titles begin with it
    if (best.whole || !partOfTitle(words, best, titled)) found.push(best);
    for (let i = best.start; i < best.end; i += 1) taken.add(i);
  }
  found.sort((a, b) => a.start - b.start);
  const polarity = polarities(words, found);
  const mentions: UnitMention[] = [];
  found.forEach((f, i) => {
    if (mentions.some((m) => m.name === f.unit.name)) return;
    mentions.push({
      kind: f.unit.kind,
      name: f.unit.name,
      said: words.slice(f.start, f.end).join(' '),
      polarity: polarity[i]!,
    });
  });
  return mentions;
});
