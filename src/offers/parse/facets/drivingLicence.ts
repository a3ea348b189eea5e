import table from './drivingLicence.fr.json' with { type: 'json' };
import { facetLines, foldPhrase } from './facetLines.ts';
import type { Sourced } from './sourced.ts';
import { createContext } from '../draft.ts';
import type { ParseContext } from '../types.ts';

/** The driving licence the post asks for. */
export interface DrivingLicence {
  /** Licence categories as printed in capitals (`['B']`, `['B', 'C']`); empty when none is named. */
  categories: string[];
  /** False when the licence is only wished for ("permis B souhaité") or said not to be needed. */
  required: boolean;
}

const CATEGORIES = new Set(table.categories.map((c) => c.toLowerCase()));
const SKIP = new Set(table.skip.map(foldPhrase));
const JOINERS = new Set(table.joiners.map(foldPhrase));
const DRIVING = new Set(table.drivingWords.map(foldPhrase));
const REQUIRED = table.requiredCues.map(foldPhrase);
const OPTIONAL = table.optionalCues.map(foldPhrase);
const NEGATION = table.negationCues.map(foldPhrase);

/** How far after "permis" its categories are looked for. */
const WINDOW = 80;
const TOKEN = /[a-z0-9]+\.?|[,/+&:]/g;

interface Mention {
  categories: string[];
  driving: boolean;
}

/** The categories written after one "permis" (the word ends at `end`). */
function readMention(text: string, folded: string, end: number, capitals: boolean): Mention {
  const slice = folded.slice(end, end + WINDOW);
  const categories: string[] = [];
  let driving = false;
  for (const m of slice.matchAll(TOKEN)) {
    const token = m[0].replace(/\.$/, '');
    const at = end + (m.index ?? 0);
    const written = text.slice(at, at + token.length);
    const upper = written === written.toUpperCase() && /\p{Lu}/u.test(written);
    if (DRIVING.has(token)) driving = true;
    else if ((capitals || !upper) && categories.length === 0 && SKIP.has(m[0])) continue;
    else if (CATEGORIES.has(token) && (upper || token !== 'a')) {
      if (!categories.includes(token.toUpperCase())) categories.push(token.toUpperCase());
    } else if (categories.length > 0 && JOINERS.has(m[0])) continue;
    else break;
  }
  return { categories, driving };
}

function hasCue(clause: string, cues: readonly string[]): boolean {
  return cues.some((cue) => clause.includes(cue));
}

/** How far around "permis" its clause (and cues such as "souhaité") is read. */
const CLAUSE_REACH = 120;

/**
 * The clause around a mention: from the previous `;`/`. ` to the next one, within
 * CLAUSE_REACH characters each side (so a line of many mentions stays linear).
 */
function clauseAround(folded: string, at: number): string {
  const from = Math.max(0, at - CLAUSE_REACH);
  const window = folded.slice(from, at + CLAUSE_REACH);
  const here = at - from;
  const before = Math.max(window.lastIndexOf(';', here), window.lastIndexOf('. ', here));
  const stops = [window.indexOf(';', here), window.indexOf('. ', here)].filter((i) => i !== -1);
  const after = stops.length > 0 ? Math.min(...stops) : window.length;
  return window.slice(before + 1, after).replace(/\s+/g, ' ');
}

/** The licence stated on one line, or null. */
function licenceOnLine(text: string, folded: string): DrivingLicence | null {
  let at = folded.indexOf('permis');
  while (at !== -1) {
    const end = at + 'permis'.length;
    const wordStart = at === 0 || !/[a-z0-9]/.test(folded.charAt(at - 1));
    if (wordStart && !/[a-z0-9]/.test(folded.charAt(end))) {
      const capitals = text.slice(at, end) === 'PERMIS';
      const mention = readMention(text, folded, end, capitals);
      const clause = clauseAround(folded, at);
      const negated = hasCue(clause, NEGATION);
      const optional = negated || hasCue(clause, OPTIONAL);
      const cued = optional || hasCue(clause, REQUIRED);
      if (mention.categories.length > 0 || (mention.driving && cued)) {
        return { categories: mention.categories, required: !optional };
      }
    }
    at = folded.indexOf('permis', end);
  }
  return null;
}

/**
 * The driving licence asked for: "Permis B", "Posséder le permis de conduire
 * catégorie B" → `{ categories: ['B'], required: true }`; "permis B souhaité" →
 * required false. The first line naming a category wins; a line saying only
 * "permis de conduire exigé" gives no category. Null when no licence is stated.
 */
export function drivingLicenceFacet(context: ParseContext): Sourced<DrivingLicence> | null {
  let withoutCategory: Sourced<DrivingLicence> | null = null;
  for (const line of facetLines(context)) {
    if (!line.folded.includes('permis')) continue;
    const licence = licenceOnLine(line.text, line.folded);
    if (licence === null) continue;
    const found = { value: licence, quote: line.raw };
    if (licence.categories.length > 0) return found;
    withoutCategory ??= found;
  }
  return withoutCategory;
}

/** The driving licence stated in a bare text (a feed cell such as `conditions_particulieres`). */
export function drivingLicenceFromText(
  text: string | null | undefined,
): Sourced<DrivingLicence> | null {
  return text ? drivingLicenceFacet(createContext(text, 'feed')) : null;
}
