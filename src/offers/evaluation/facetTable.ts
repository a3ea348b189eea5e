import { type CompareRule, exact, foldedSet, foldedText, members } from './compareRules.ts';

/** The shape a facet has on the offer: the value, or null when the document is silent. */
export type FacetKind = 'text' | 'texts' | 'number' | 'object';

/** How one facet is read from an offer and compared with the truth. */
export interface FacetSpec {
  /** Where the offer holds it: a key of `Offer`, or a dotted path (`residence.years`). */
  readonly field: string;
  /** Its shape on the offer (a value of another shape is the field's former version). */
  readonly kind: FacetKind;
  /** Whether the offer's value equals the truth's. */
  readonly compare: CompareRule;
}

/**
 * Every facet of the ground truth (test/fixtures/facets/truth.jsonl), in its order: where the
 * offer holds it, its shape, and its comparison rule. Exact for numbers, ISO days and the
 * reference; texts folded (`foldText`); lists as sets of folded items; objects member by member.
 */
export const FACETS = {
  reference: { field: 'reference', kind: 'text', compare: exact },
  communes: { field: 'communes', kind: 'texts', compare: foldedSet },
  province: { field: 'province', kind: 'text', compare: foldedText },
  direction: { field: 'direction', kind: 'text', compare: foldedText },
  directionAcronym: { field: 'directionAcronym', kind: 'text', compare: foldedText },
  service: { field: 'service', kind: 'text', compare: foldedText },
  corps: { field: 'corps', kind: 'texts', compare: foldedSet },
  supervisor: { field: 'supervisor', kind: 'text', compare: foldedText },
  team: { field: 'team', kind: 'object', compare: members({ direct: exact, indirect: exact }) },
  drivingLicence: {
    field: 'drivingLicence',
    kind: 'object',
    compare: members({ categories: foldedSet, required: exact }),
  },
  travel: { field: 'travel', kind: 'text', compare: foldedText },
  housing: { field: 'housing', kind: 'text', compare: foldedText },
  contact: {
    field: 'contact',
    kind: 'object',
    compare: members({ name: foldedText, phone: foldedText, email: foldedText }),
  },
  application: {
    field: 'application',
    kind: 'object',
    compare: members({
      email: foldedText,
      address: foldedText,
      documents: foldedSet,
      url: foldedText,
    }),
  },
  positions: { field: 'positions', kind: 'number', compare: exact },
  startDate: {
    field: 'startDate',
    kind: 'object',
    compare: members({ text: foldedText, iso: exact }),
  },
  residenceYears: { field: 'residence.years', kind: 'number', compare: exact },
} as const satisfies Record<string, FacetSpec>;

/** A facet of the ground truth. */
export type Facet = keyof typeof FACETS;

/** The facets, in the truth's order. */
export const FACET_NAMES = Object.keys(FACETS) as Facet[];

/** A facet read from an offer: its value, or why the offer has none to compare yet. */
export type FacetRead = { present: true; value: unknown } | { present: false; why: string };

const HAS_KIND: Record<FacetKind, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  texts: (v) => Array.isArray(v),
  number: (v) => typeof v === 'number',
  object: (v) => typeof v === 'object' && !Array.isArray(v),
};

/**
 * Reads one facet from a parsed offer through the contract's names. The offer is read as an
 * unknown record, so this compiles whatever `Offer` holds today: a key it lacks is "champ absent",
 * and a value of another shape (e.g. `corps` still a text) is "champ absent" with what is there.
 * A null on the way of a dotted path (`residence` null) reads as null.
 */
export function readFacet(offer: unknown, spec: FacetSpec): FacetRead {
  let value: unknown = offer;
  for (const key of spec.field.split('.')) {
    if (value === null) return { present: true, value: null };
    if (typeof value !== 'object' || !Object.hasOwn(value, key))
      return { present: false, why: 'champ absent' };
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || HAS_KIND[spec.kind](value)) return { present: true, value };
  return {
    present: false,
    why: `champ absent (offer.${spec.field} vaut encore ${JSON.stringify(value)})`,
  };
}
