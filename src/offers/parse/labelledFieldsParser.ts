import { fieldSpec, OFFER_FIELD_KEYS } from '../fields/offerFields.ts';
import type { FieldKey } from './labels.ts';
import { trimEndMatching } from './trimEnd.ts';
import type { OfferDraft, FieldParser } from './types.ts';

/** The draft's one-line text fields (a string or null). */
type TextField = {
  [K in FieldKey]: OfferDraft[K] extends string | null ? K : never;
}[FieldKey];

/** The fields the table says this parser fills: each is read from its label's value. */
export const LABELLED_TEXT_FIELDS = OFFER_FIELD_KEYS.filter((key) => {
  const source = fieldSpec(key).document;
  return 'parser' in source && source.parser === 'labelledFields';
}) as TextField[];

/** A value is empty when it carries no letter or digit ("/", ":", "-"). */
function meaningful(value: string): string | null {
  const trimmed = trimEndMatching(value.replace(/^[\s:;,.]+/, ''), /[\s:;,]/)
    .replace(/\.$/, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}

/**
 * The one-line labelled fields: employer, corps, direction, place of work,
 * start ("Poste à pourvoir") and RESPNC job. A direction written as a label
 * followed by its name ("Direction de l'Emploi et du Logement", "**Direction** de
 * la poste") keeps the word: "Direction de la poste".
 */
export const labelledFieldsParser: FieldParser = {
  name: 'labelledFields',
  parse({ fields }, draft: OfferDraft) {
    for (const key of LABELLED_TEXT_FIELDS) {
      const found = fields.get(key);
      if (!found) continue;
      let value = meaningful(found.value);
      if (
        value !== null &&
        key === 'direction' &&
        /^(?:de|des|du|d['’])(?=\s|\p{L})/iu.test(value)
      ) {
        value = `Direction ${value}`;
      }
      draft[key] = value;
    }
  },
};
