import type { Offer } from '../offer.ts';
import { bodyParser } from './bodyParser.ts';
import { datesParser } from './datesParser.ts';
import { facetsParser } from './facetsParser.ts';
import { createContext, emptyDraft } from './draft.ts';
import { labelledFieldsParser } from './labelledFieldsParser.ts';
import { ParseError } from './parseError.ts';
import { referenceParser } from './referenceParser.ts';
import { deadlineHorizonRefiner } from './refiners/deadlineHorizonRefiner.ts';
import { locationCityRefiner } from './refiners/locationCityRefiner.ts';
import { referenceDateRefiner } from './refiners/referenceDateRefiner.ts';
import { swappedDatesRefiner } from './refiners/swappedDatesRefiner.ts';
import { weekdayRefiner } from './refiners/weekdayRefiner.ts';
import { residenceParser } from './residenceParser.ts';
import { sectionsParser } from './sectionsParser.ts';
import { titleParser } from './titleParser.ts';
import type { FieldParser, Refiner } from './types.ts';

export { ParseError } from './parseError.ts';

/** The field parsers, in order (each fills its own fields of the draft). */
export const PARSERS: readonly FieldParser[] = [
  referenceParser,
  titleParser,
  labelledFieldsParser,
  residenceParser,
  datesParser,
  sectionsParser,
  bodyParser,
  facetsParser,
];

/** The refiners, in order: swapped labels first, then the reference date, then the horizon. */
export const REFINERS: readonly Refiner[] = [
  swappedDatesRefiner,
  referenceDateRefiner,
  deadlineHorizonRefiner,
  weekdayRefiner,
  locationCityRefiner,
];

/**
 * Parses one AVP document (plain text or PDF-to-markdown) into an offer.
 *
 * @param text the document.
 * @param source the file it was read from, kept in `offer.source`.
 * @throws ParseError when the document has no reference or no title.
 */
export function parseOfferDocument(text: string, source: string): Offer {
  const context = createContext(text, source);
  const draft = emptyDraft(source);
  for (const parser of PARSERS) parser.parse(context, draft);
  if (draft.reference === null)
    throw new ParseError("pas de référence d'offre (3134-AA-NNNN/SR)", source);
  if (draft.title === null) throw new ParseError("pas d'intitulé de poste", source);
  for (const refiner of REFINERS) refiner.refine(context, draft);
  const { referenceDate: _date, found: _found, reference, title, ...rest } = draft;
  return { reference, title, ...rest };
}
