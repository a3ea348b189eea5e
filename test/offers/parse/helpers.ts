import { createContext, emptyDraft } from '../../../src/offers/parse/draft.ts';
import type { FieldParser, OfferDraft, Refiner } from '../../../src/offers/parse/types.ts';

/** Runs one field parser on a small document and returns the draft. */
export function runParser(parser: FieldParser, text: string): OfferDraft {
  const draft = emptyDraft('test.md');
  parser.parse(createContext(text, 'test.md'), draft);
  return draft;
}

/** Runs one refiner on a draft prepared by the caller. */
export function runRefiner(refiner: Refiner, patch: Partial<OfferDraft>): OfferDraft {
  const draft = { ...emptyDraft('test.md'), ...patch };
  refiner.refine(createContext('', 'test.md'), draft);
  return draft;
}
