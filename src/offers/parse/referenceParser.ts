import { findReference } from '../reference.ts';
import { findFrenchDate } from './frenchDate.ts';
import type { FieldParser } from './types.ts';

/**
 * The reference, from the "Référence" label or else the first reference of the
 * text, and the date of the reference line ("3134-25-0833/SR du 06 juin 2025").
 */
export const referenceParser: FieldParser = {
  name: 'reference',
  parse({ text, fields }, draft) {
    const labelled = fields.get('reference');
    const fromLabel = labelled ? findReference(labelled.value, true) : null;
    const found = fromLabel ?? findReference(text);
    if (!found) return;
    draft.reference = found.reference;
    const line = fromLabel && labelled ? labelled.value : lineAround(text, found.end);
    const onLine = findReference(line, fromLabel !== null);
    const dated = onLine ? /^\s*(?:,\s*)?du\s+(.+)$/i.exec(line.slice(onLine.end)) : null;
    draft.referenceDate = dated?.[1] ? (findFrenchDate(dated[1])?.iso ?? null) : null;
  },
};

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? text.length : end);
}
