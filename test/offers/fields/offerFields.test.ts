import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { renderOfferPage } from '../../../src/channels/rest/offerPage.ts';
import { HANDLERS } from '../../../src/dialog/handlers/index.ts';
import { summaryFacts } from '../../../src/dialog/handlers/offerSummary.ts';
import { messages } from '../../../src/dialog/messages.fr.ts';
import { CHECKED_FIELDS } from '../../../src/offers/checkDocuments.ts';
import { FEED_COLUMNS } from '../../../src/offers/feed/columns.ts';
import * as convert from '../../../src/offers/feed/converters.ts';
import { field, type FieldSpec } from '../../../src/offers/fields/fieldSpec.ts';
import {
  fieldSpec,
  OFFER_FIELD_KEYS,
  OFFER_FIELDS,
  type OfferFieldKey,
} from '../../../src/offers/fields/offerFields.ts';
import { isoDay } from '../../../src/offers/fields/schemas.ts';
import { mapTexts, TextTable, textAt } from '../../../src/offers/internFields.ts';
import { offerJsonLd } from '../../../src/offers/jsonLd.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { offerSchema } from '../../../src/offers/offerSchema.ts';
import { emptyDraft } from '../../../src/offers/parse/draft.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';
import { LABELLED_TEXT_FIELDS } from '../../../src/offers/parse/labelledFieldsParser.ts';
import { FIELD_LABELS } from '../../../src/offers/parse/labels.ts';
import { PARSERS } from '../../../src/offers/parse/index.ts';
import { visibleOffer } from '../../../src/offers/visibleOffer.ts';

const seed = parseOfferDocument(
  readFileSync('data/offers/3134-25-0833-SR.txt', 'utf8'),
  '3134-25-0833-SR.txt',
);

/** The strings of a value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The value with a zero-width space after each of its strings. */
function withZeroWidth(value: unknown): unknown {
  if (typeof value === 'string') return `${value}\u200b`;
  if (Array.isArray(value)) return value.map(withZeroWidth);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withZeroWidth(v)]));
  return value;
}

/** Each piece derived from the table sees every entry: a field added to the table needs nothing else. */
describe('the table of offer fields', () => {
  it('makes the schema, in table order', () => {
    expect(Object.keys(offerSchema.def.shape ?? {})).toEqual(OFFER_FIELD_KEYS);
  });

  it('makes the empty draft: every field, unknown', () => {
    const draft = emptyDraft('a.txt');
    for (const key of OFFER_FIELD_KEYS) expect(draft).toHaveProperty(key);
    expect(draft.source).toBe('a.txt');
    expect(draft.reference).toBeNull(); // required: the parser refuses a document without it
    expect(draft.missions).toEqual([]);
  });

  it.each(OFFER_FIELD_KEYS)('%s: its labels, feed columns, check, parser and texts', (key) => {
    const spec = fieldSpec(key);
    const source = spec.document;
    const labels = 'labels' in source ? source.labels : undefined;
    expect((FIELD_LABELS as Record<string, unknown>)[key]).toEqual(labels);
    expect(FEED_COLUMNS.find((rule) => rule.field === key)?.columns).toEqual(spec.feed?.columns);
    expect((CHECKED_FIELDS as Record<string, string>)[key]).toBe(
      spec.checked ? spec.name : undefined,
    );
    if ('parser' in source) expect(PARSERS.map((p) => p.name)).toContain(source.parser);
    if (spec.compared?.as === 'day') expect(spec.schema).toBe(isoDay);
  });

  it('reads the labelled one-line fields as texts or null', () => {
    // Direction, corps and start have labels too, but their facets read them (`facetsParser`).
    expect(LABELLED_TEXT_FIELDS).toEqual(['employer', 'location', 'respncJob']);
    for (const key of LABELLED_TEXT_FIELDS) {
      expect(fieldSpec(key).schema.safeParse(null).success).toBe(true);
      expect(fieldSpec(key).schema.safeParse('Nouméa').success).toBe(true);
    }
  });

  it('interns and cleans the texts the table marks', () => {
    const offer: Offer = {
      ...seed,
      residence: { text: 'au moins égale à 10 ans', years: 10 },
      startDate: { text: 'Immédiatement', iso: null },
      contact: { name: 'Le chef de projet', phone: '26 82 12', email: null },
      application: { email: 'drh@gouv.nc', address: null, documents: ['CV'], url: null },
      drivingLicence: { categories: ['B'], required: true },
    };
    const { body: _body, ...fields } = offer;
    const table = new TextTable();
    const stored = mapTexts(fields, (t: string) => table.indexOf(t));
    for (const key of OFFER_FIELD_KEYS) {
      if (key === 'body') continue;
      const interned = fieldSpec(key).texts?.intern === true;
      if (interned) expect(stringsIn(stored[key]), key).toEqual([]); // indices only
    }
    expect(mapTexts(stored, textAt(table.table))).toEqual(fields);

    const dirty = Object.fromEntries(
      OFFER_FIELD_KEYS.filter((key) => fieldSpec(key).texts?.clean === true).map((key) => [
        key,
        withZeroWidth(offer[key]),
      ]),
    );
    const cleaned = visibleOffer({ ...offer, ...dirty } as Offer);
    for (const key of Object.keys(dirty))
      expect(JSON.stringify(cleaned[key as OfferFieldKey]), key).not.toContain('\u200b');
  });

  it('shows on the card, the page and in the JSON-LD what `show` says', () => {
    const full: Offer = {
      ...seed,
      direction: 'Direction des ressources humaines',
      directionAcronym: 'DRH',
      service: 'Service de la paie',
      supervisor: 'Chef du service de la paie',
      team: { direct: 4, indirect: 20 },
      startDate: { text: 'à compter du 1er octobre 2026', iso: '2026-10-01' },
      positions: 2,
      drivingLicence: { categories: ['B'], required: true },
      travel: 'Déplacements en brousse',
      housing: 'Logement de fonction',
      contact: { name: 'Le chef de projet', phone: '26 82 12', email: 'chef@opt.nc' },
      application: { email: 'drh@gouv.nc', address: '2 rue X', documents: ['CV'], url: null },
      documentUrl: 'https://data.gouv.nc/avis.pdf',
      body: 'Poste à temps complet.',
    };
    const card = summaryFacts(full).map(([label]) => label);
    const page = renderOfferPage({ offer: full, commune: null } as never, 'open');
    const ld = JSON.stringify(offerJsonLd(full, null));
    for (const key of OFFER_FIELD_KEYS) {
      const show = fieldSpec(key).show ?? {};
      const label = fieldSpec(key).label;
      if (show.summary) expect(card, key).toContain(show.summary.label ?? label);
      if (show.page) expect(page, key).toContain((show.page.label ?? label).replace(/'/g, '&#39;'));
      if (show.jsonLd) expect(ld, key).toContain(`"${show.jsonLd.at.split('.').at(-1)}"`);
    }
  });

  it('answers each field users can ask about', () => {
    for (const key of OFFER_FIELD_KEYS) {
      const ask = fieldSpec(key).ask;
      if (ask === undefined) continue;
      expect(HANDLERS[ask.intent], ask.intent).toBeDefined();
      expect(existsSync(`intents/${ask.intent}.json`), ask.intent).toBe(true);
      expect(messages[ask.sentence], ask.sentence).toBeDefined();
    }
  });
});

type ShapeOf<T> = {
  [K in keyof T]: T[K] extends { schema: infer S extends z.ZodType } ? S : never;
};

/** Type-level checks, never run: `tsc -p .` (run by `npm test`) checks each `@ts-expect-error`. */
function typeChecks(): void {
  // Every key of Offer has its entry, with its own value type.
  const _every: { [K in keyof Offer]: FieldSpec<Offer[K]> } = OFFER_FIELDS;
  const { respncJob: _dropped, ...withoutOne } = OFFER_FIELDS;
  // @ts-expect-error a table without `respncJob` lacks a key of Offer
  const _missing: { [K in keyof Offer]: unknown } = withoutOne;
  const fromSmallerTable = {} as z.output<z.ZodObject<ShapeOf<typeof withoutOne>>>;
  // @ts-expect-error an offer made from a table without `respncJob` is not an Offer
  const _notAnOffer: Offer = fromSmallerTable;
  field({
    schema: isoDay,
    name: 'jour',
    label: 'Jour',
    document: { parser: 'dates' },
    // @ts-expect-error a converter must give the field's own type (a list is not a day)
    feed: { columns: ['x'], convert: convert.list },
    merge: 'fill',
  });
  void [_every, _missing, _notAnOffer];
}

describe('type-level checks', () => {
  it('are compiled, not run', () => expect(typeof typeChecks).toBe('function'));
});
