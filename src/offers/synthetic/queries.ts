import type { Offer } from '../offer.ts';
import { COMMUNES, PROVINCE_NAMES } from '../../text/places.ts';
import { normalize } from '../../text/normalize.ts';
import { Prng } from './prng.ts';

/** A benchmark query and what kind of user question it imitates. */
export interface SyntheticQuery {
  kind: 'title' | 'titleTypo' | 'place' | 'keyword' | 'titlePlace';
  text: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing slip in a word of 5 letters or more: a letter dropped, doubled, swapped or replaced. */
export function misspell(word: string, random: Prng): string {
  if (word.length < 5) return word;
  const at = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.charAt(at) + word.slice(at);
    case 2:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    default:
      return word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at + 1);
  }
}

function withoutAccents(text: string): string {
  return normalize(text);
}

/**
 * Varied user-like queries over a catalog, deterministic for a seed: titles as
 * written or without accents, titles with a typo, places (communes, provinces),
 * keywords from missions and requirements, and a title word with a place.
 */
export function syntheticQueries(
  offers: readonly Offer[],
  count: number,
  seed: number | string,
): SyntheticQuery[] {
  const random = new Prng(seed);
  const places = [...COMMUNES.map((c) => c.name), ...Object.values(PROVINCE_NAMES)];
  const queries: SyntheticQuery[] = [];
  while (queries.length < count && offers.length > 0) {
    const offer = random.pick(offers);
    const titleWords = offer.title.split(/\s+/).filter((w) => w.length >= 5);
    const roll = random.int(0, 4);
    if (roll === 0)
      queries.push({
        kind: 'title',
        text: random.chance(0.5) ? offer.title : withoutAccents(offer.title),
      });
    else if (roll === 1) {
      const words = withoutAccents(offer.title).split(' ');
      queries.push({
        kind: 'titleTypo',
        text: words
          .map((w) => (w.length >= 5 && random.chance(0.5) ? misspell(w, random) : w))
          .join(' '),
      });
    } else if (roll === 2) {
      const place = random.pick(places);
      queries.push({ kind: 'place', text: random.chance(0.5) ? place : withoutAccents(place) });
    } else if (roll === 3) {
      const source = [...offer.missions, ...offer.requirements];
      const words = (source.length > 0 ? random.pick(source) : offer.title)
        .split(/\s+/)
        .filter((w) => w.length >= 4);
      queries.push({
        kind: 'keyword',
        text: random.sample(words, random.int(1, 2)).join(' ') || offer.title,
      });
    } else {
      const word = titleWords.length > 0 ? random.pick(titleWords) : offer.title;
      queries.push({
        kind: 'titlePlace',
        text: `${withoutAccents(word)} ${withoutAccents(random.pick(places))}`,
      });
    }
  }
  return queries;
}
