import { prepareDocument } from './document.ts';
import { resolveFieldValues } from './fieldValues.ts';
import type { OfferDraft, ParseContext } from './types.ts';

/** Prepares a document for the parsers: lines, labels and labelled values. */
export function createContext(text: string, source: string): ParseContext {
  const doc = prepareDocument(text);
  return { text, source, doc, fields: resolveFieldValues(doc) };
}

/** A draft where every field is still unknown (null, empty lists). */
export function emptyDraft(source: string): OfferDraft {
  return {
    reference: null,
    title: null,
    employer: null,
    corps: null,
    direction: null,
    location: null,
    residence: null,
    residenceRequired: null,
    publishedOn: null,
    deadline: null,
    deadlineNote: null,
    previousDeadline: null,
    startDate: null,
    respncJob: null,
    missions: [],
    requirements: [],
    body: '',
    source,
    warnings: [],
    referenceDate: null,
    found: { publishedOn: null, deadline: null },
  };
}
