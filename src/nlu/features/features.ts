import smsTable from './sms.json' with { type: 'json' };
import { stem, words } from '../../text/tokens.ts';
import { PLACE_FORMS } from '../../text/places.ts';

export interface FeatureOptions {
  sms: boolean;
  collapse: boolean;
  stopWords: false | 'articles' | 'full';
  bigrams: boolean;
  charNgrams: number[];
  /** Char n-grams only for words of at least this length. */
  charMinLength: number;
  mask: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  sms: true,
  collapse: true,
  stopWords: 'full',
  bigrams: true,
  charNgrams: [3],
  charMinLength: 3,
  mask: true,
};

const PLACES = new Set(PLACE_FORMS.map((f) => f.form));
const MAX_PLACE_WORDS = 4;

/** Place names become "@lieu", numbers "@num", references "@ref": the intent does not depend on which. */
export function maskEntities(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let size = Math.min(MAX_PLACE_WORDS, ws.length - i);
    for (; size >= 1; size -= 1) if (PLACES.has(ws.slice(i, i + size).join(' '))) break;
    if (size >= 1) {
      out.push('@lieu');
      i += size;
      continue;
    }
    const w = ws[i]!;
    if (/^\d+$/.test(w)) {
      if (out[out.length - 1] !== '@num') out.push('@num');
    } else out.push(w);
    i += 1;
  }
  return out;
}

const SMS: Record<string, string> = smsTable.words;

/** Words that never carry an intent (question words are kept on purpose). */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ce', 'cet', 'cette', 'ces']);
const STOP_WORDS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'a', 'au', 'aux',
  'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses',
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'y', 'en',
  'est', 'c', 'ca', 'qu',
]);

/** The words of a message, repeated letters collapsed and SMS spellings expanded. */
export function cleanWords(text: string, options: FeatureOptions = DEFAULT_FEATURES): string[] {
  const out: string[] = [];
  const raw = words(text);
  raw.forEach((word, i) => {
    let w = options.collapse ? word.replace(/(\p{L})\1{2,}/gu, '$1') : word;
    if (options.sms) {
      if (w === 'c' && raw[i + 1] !== 'est' && raw[i + 1] !== 'etait') {
        out.push('c', 'est');
        return;
      }
      const mapped = SMS[w];
      if (mapped !== undefined) {
        out.push(...mapped.split(' '));
        return;
      }
    }
    out.push(w);
  });
  return out;
}

export function features(text: string, options: FeatureOptions = DEFAULT_FEATURES): string[] {
  const cleaned = cleanWords(text, options);
  const ws = options.mask ? maskEntities(cleaned) : cleaned;
  const stems = ws.map(stem);
  const stop = options.stopWords === 'full' ? STOP_WORDS : options.stopWords === 'articles' ? ARTICLES : new Set<string>();
  const kept = stems.filter((s, i) => !stop.has(ws[i]!));
  const out = [...kept];
  if (options.bigrams) {
    for (let i = 1; i < kept.length; i += 1) out.push(`${kept[i - 1]}_${kept[i]}`);
  }
  for (const n of options.charNgrams) {
    for (const w of ws) {
      if (w.length < options.charMinLength || w.startsWith('@')) continue;
      if (stop.has(w)) continue;
      const padded = `<${w}>`;
      for (let i = 0; i + n <= padded.length; i += 1) out.push(`#${padded.slice(i, i + n)}`);
    }
  }
  return out;
}
