import type { Residence } from '../offer.ts';
import type { FieldParser } from './types.ts';

/**
 * Reads "Durée de résidence exigée pour le recrutement sur titre (1) : au moins
 * égale à 10 ans". The label's tail ("pour le recrutement ... (1)") is dropped;
 * "/" or nothing means no residence required (null).
 */
export function parseResidence(value: string): Residence | null {
  let text = value.trim();
  const note = /\(\s*\d\s*\)\s*:?/.exec(text);
  if (note) text = text.slice(note.index + note[0].length);
  else text = text.replace(/^pour le recrutement[^:]*:/i, '');
  text = text
    .replace(/^[\s:]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const years = /(?<!\d)(\d+)\s*ans?\b/i.exec(text); // from a run's first digit only: linear
  return { text, years: years ? Number(years[1]) : null };
}

/** The residence field parser. */
export const residenceParser: FieldParser = {
  name: 'residence',
  parse({ fields }, draft) {
    const found = fields.get('residence');
    if (!found) return;
    draft.residence = parseResidence(found.value);
    draft.residenceRequired = draft.residence !== null;
  },
};
