import smsTable from './sms.json' with { type: 'json' };
import { stem, words } from '../../text/tokens.ts';
import { PLACE_FORMS } from '../../text/places.ts';

/** How a message becomes the weighted features of the intent classifier. */
export interface FeatureOptions {
  /** Expand SMS spellings ("koi" → "quoi", "jveux" → "je veux"), see sms.json. */
  sms: boolean;
  /** Letters repeated 3+ times count once ("bonsoiiir" → "bonsoir"). */
  collapse: boolean;
  /** Place names → "@lieu", numbers → "@num". */
  mask: boolean;
  /** Job titles after "poste de", "offre d'", "annonce du"... → "@metier". */
  maskTitles: boolean;
  /** Weight of each stem bigram ("dat_limit"); 0 = none. */
  bigrams: number;
  /** Character n-gram size (of words, with boundary marks); 0 = none. */
  charN: number;
  /** Total weight of one word's character n-grams, shared among them; 0 = one per n-gram. */
  charWeight: number;
  /** Words shorter than this ("de", "la", "a") give no character n-grams. */
  charMinLength: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  sms: true,
  collapse: true,
  mask: true,
  maskTitles: true,
  bigrams: 2,
  charN: 3,
  charWeight: 0,
  charMinLength: 3,
};

const SMS: Readonly<Record<string, string>> = smsTable.words;

const PLACES = new Set(PLACE_FORMS.map((f) => f.form));
const MAX_PLACE_WORDS = 4;

/**
 * The words of a message as the classifier reads them: "+" read "plus",
 * letters repeated 3+ times collapsed, SMS spellings expanded, a lone "c"
 * read "c'est".
 */
export function cleanWords(text: string, options: FeatureOptions = DEFAULT_FEATURES): string[] {
  const raw = words(text.replace(/\+/g, ' plus '));
  const out: string[] = [];
  raw.forEach((word, i) => {
    const w = options.collapse ? word.replace(/(\p{L})\1{2,}/gu, '$1') : word;
    if (!options.sms) {
      out.push(w);
    } else if (w === 'c' && raw[i + 1] !== 'est' && raw[i + 1] !== 'etait') {
      out.push('c', 'est');
    } else {
      const mapped = SMS[w];
      if (mapped === undefined) out.push(w);
      else out.push(...mapped.split(' '));
    }
  });
  return out;
}

/** Place names become "@lieu" and numbers "@num" (a reference "25-0833" is one "@num"): which one does not change the intent. */
export function maskEntities(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let size = Math.min(MAX_PLACE_WORDS, ws.length - i);
    while (size >= 1 && !PLACES.has(ws.slice(i, i + size).join(' '))) size -= 1;
    if (size >= 1) {
      out.push('@lieu');
      i += size;
      continue;
    }
    const w = ws[i]!;
    if (!/^\d+$/.test(w)) out.push(w);
    else if (out[out.length - 1] !== '@num') out.push('@num');
    i += 1;
  }
  return out;
}

const TITLE_TRIGGERS = new Set([
  'poste',
  'postes',
  'offre',
  'offres',
  'annonce',
  'annonces',
  'avis',
  'avp',
]);
const TITLE_OF = new Set(['de', 'd', 'du']);
/** Words that end a title or show there is none ("l'offre de la province", "poste de catégorie B"). */
const NOT_TITLE = new Set([
  'a',
  'au',
  'aux',
  'en',
  'est',
  'c',
  'ca',
  'pour',
  'dans',
  'sur',
  'chez',
  'et',
  'ou',
  'qui',
  'quoi',
  'quand',
  'quel',
  'quelle',
  'combien',
  'comment',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'ce',
  'cet',
  'cette',
  'il',
  'elle',
  'on',
  'je',
  'tu',
  'vous',
  'ils',
  'stp',
  'svp',
  'categorie',
  'categories',
  'cat',
  'cadre',
  'corps',
  'grade',
  'travail',
  'vacance',
  'emploi',
  'exactement',
  'ferme',
  'expire',
  'commence',
  'ete',
  'se',
  'sont',
  'y',
  'ne',
  'n',
]);
const MAX_TITLE_WORDS = 4;

/** "le poste de travailleur social à Koné" → "le poste de @metier à Koné": which job does not change the intent. */
export function maskTitles(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i += 1) {
    out.push(ws[i]!);
    if (!TITLE_TRIGGERS.has(ws[i]!) || !TITLE_OF.has(ws[i + 1] ?? '')) continue;
    let end = i + 2;
    let taken = 0;
    while (end < ws.length && taken < MAX_TITLE_WORDS) {
      const w = ws[end]!;
      if (NOT_TITLE.has(w) || w.startsWith('@')) break;
      if (TITLE_OF.has(w) && (end + 1 >= ws.length || NOT_TITLE.has(ws[end + 1]!))) break;
      end += 1;
      if (!TITLE_OF.has(w)) taken += 1;
    }
    if (taken === 0) continue;
    out.push(ws[i + 1]!, '@metier');
    i = end - 1;
  }
  return out;
}

function add(into: Map<string, number>, feature: string, weight: number): void {
  into.set(feature, (into.get(feature) ?? 0) + weight);
}

/**
 * Words the catalog recognised as an offer's title become one "@metier" (with
 * the little words between them): "date limite du poste de chargé de la
 * gestion des commissions" reads "date limite du poste de @metier".
 */
export function maskKnownTitle(ws: readonly string[], titleWords: ReadonlySet<string>): string[] {
  if (titleWords.size === 0) return [...ws];
  const out: string[] = [];
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!;
    if (!titleWords.has(w)) {
      const bridges =
        TITLE_OF.has(w) || w === 'la' || w === 'l' || w === 'des' || w === 'en' || w === 'et';
      if (!(bridges && out[out.length - 1] === '@metier' && titleWords.has(ws[i + 1] ?? '')))
        out.push(w);
    } else if (out[out.length - 1] !== '@metier') out.push('@metier');
  }
  return out;
}

/**
 * Weighted features of a message (measured choices, see bench/evalNlu.ts):
 * French stems of every word (stop words kept: "quand", "où", "combien",
 * "qui" carry the intent, and dropping even articles lost accuracy), stem
 * bigrams ("dat_limit"), and character n-grams of each word of 3+ letters for
 * typos and unseen forms ("limitte", "helloo"), one count each by default.
 */
export function features(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURES,
  titleWords: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const cleaned = maskKnownTitle(cleanWords(text, options), titleWords);
  const masked = options.mask ? maskEntities(cleaned) : cleaned;
  const ws = options.maskTitles ? maskTitles(masked) : masked;
  const stems = ws.map((w) => (w.startsWith('@') ? w : stem(w)));
  const out = new Map<string, number>();
  for (const s of stems) add(out, s, 1);
  if (options.bigrams > 0) {
    for (let i = 1; i < stems.length; i += 1)
      add(out, `${stems[i - 1]}_${stems[i]}`, options.bigrams);
  }
  const n = options.charN;
  if (n > 0) {
    for (const w of ws) {
      if (w.startsWith('@') || w.length < options.charMinLength) continue;
      const padded = `<${w}>`;
      const count = padded.length - n + 1;
      if (count <= 0) continue;
      for (let i = 0; i < count; i += 1)
        add(
          out,
          `#${padded.slice(i, i + n)}`,
          options.charWeight > 0 ? options.charWeight / count : 1,
        );
    }
  }
  return out;
}
