import { cleanInline, isBullet, type LabelHit, type OfferDocument } from './document.ts';
import type { FieldKey } from './labels.ts';

/** The value of a labelled field, joined with the lines it runs on to. */
export interface FieldValue {
  value: string;
  /** The label and its value as written (continuations included). */
  full: string;
  line: number;
}

/** Words a value cannot end with: the PDF cut the line there ("dans le cadre de"). */
const DANGLING =
  /(?:^|\s)(?:de|du|des|la|le|les|ou|et|à|au|aux|en|sur|pour|par|dans|d'|l'|d’|l’)$|[,–-]$/i;
/**
 * Enough of a value's end for `DANGLING` (a blank and a word of 4 characters at most; a `^`
 * inside it cannot match, no word being 6 characters long). The pattern, tried from every
 * character of a long value, would cost as many tries as the value has characters.
 */
const DANGLING_TAIL = 6;
/** Address pieces a location continues with: `2 rue ...`, `98841 NOUMEA CEDEX`, `-NOUMEA`. */
const ADDRESS_LIKE = /^(?:\d|-\S)|^[\p{Lu}\s'’-]+$/u;
const MAX_CONTINUATIONS = 3;

function nextContentLine(doc: OfferDocument, from: number): number | null {
  for (let i = from + 1; i < doc.lines.length && i <= from + 3; i++) {
    if ((doc.lines[i] ?? '').trim() !== '') return i;
  }
  return null;
}

/** The part of a line before its first label, when it may continue a value. */
function leadingText(doc: OfferDocument, line: number): string | null {
  const raw = doc.lines[line] ?? '';
  const hits = doc.hits[line] ?? [];
  if (hits.some((h) => h.atLineStart) || /^\s*#/.test(raw)) return null;
  if (isBullet(raw) && !/^\s*-\S/.test(raw)) return null; // `-NOUMEA` continues an address
  const text = cleanInline(raw.slice(0, hits[0]?.start ?? raw.length));
  return text === '' ? null : text;
}

/**
 * The first value of every field label of the document. A value runs on to the
 * next line when it is empty, ends with a dangling word, or (for the place of
 * work) when the next line looks like the rest of an address.
 */
export function resolveFieldValues(doc: OfferDocument): Map<FieldKey, FieldValue> {
  const values = new Map<FieldKey, FieldValue>();
  const consumed = new Set<number>();
  doc.hits.forEach((hits) => {
    hits.forEach((hit: LabelHit, index) => {
      if (hit.kind !== 'field' || values.has(hit.key as FieldKey)) return;
      const key = hit.key as FieldKey;
      const isLast = index === hits.length - 1;
      let { value, full } = hit;
      let line = hit.line;
      for (let n = 0; n < MAX_CONTINUATIONS; n++) {
        const wants = value === '' || DANGLING.test(value.slice(-DANGLING_TAIL));
        const next = nextContentLine(doc, line);
        if (next === null || consumed.has(next)) break;
        const more = leadingText(doc, next);
        if (more === null) break;
        const address = key === 'location' && isLast && ADDRESS_LIKE.test(more);
        if (!wants && !address) break;
        value = value === '' ? more : `${value} ${more}`;
        full = `${full} ${more}`;
        consumed.add(next);
        line = next;
      }
      values.set(key, { value, full, line: hit.line });
    });
  });
  return values;
}
