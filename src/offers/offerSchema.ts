import { z } from 'zod';
import type { Offer } from './offer.ts';

/** Longest title served (the longest real AVP title is under 100 characters). */
export const MAX_TITLE_LENGTH = 300;
/** Longest body served, in characters (real bodies are under 10 000). */
export const MAX_BODY_LENGTH = 200_000;
/** Longest short field (employer, corps, location...). */
export const MAX_FIELD_LENGTH = 1_000;
/** Most items in a list (missions, requirements, warnings). */
export const MAX_LIST_ITEMS = 200;
/** Longest list item. */
export const MAX_ITEM_LENGTH = 5_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDay = z
  .string()
  .regex(ISO_DAY, { error: 'jour attendu au format AAAA-MM-JJ', abort: true })
  .refine(isRealDay, { error: 'jour inexistant' })
  .nullable();
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'texte vide' })
    .max(max, { error: `plus de ${max} caractères` });
const optionalText = text(MAX_FIELD_LENGTH).nullable();
const list = z
  .array(text(MAX_ITEM_LENGTH))
  .max(MAX_LIST_ITEMS, { error: `plus de ${MAX_LIST_ITEMS} éléments` });

/**
 * What a parsed offer must look like to be served: normalised reference,
 * ISO days, bounded texts and lists, and a deadline. Every AVP states its
 * "Date limite de candidature"; a document without one is taken as truncated
 * (served, it would read as open for ever). Unknown keys are tolerated (the
 * parser may grow new fields).
 */
export const offerSchema = z
  .object({
    reference: z.string().regex(/^3134-\d{2}-\d{4}\/[A-Z]{2}$/, {
      error: 'référence attendue sous la forme 3134-AA-NNNN/SR',
    }),
    title: text(MAX_TITLE_LENGTH),
    employer: optionalText,
    corps: optionalText,
    direction: optionalText,
    location: optionalText,
    residence: z
      .object({ text: text(MAX_FIELD_LENGTH), years: z.number().int().min(0).max(100).nullable() })
      .nullable(),
    residenceRequired: z.boolean().nullable(),
    publishedOn: isoDay,
    deadline: isoDay,
    deadlineNote: optionalText,
    previousDeadline: isoDay,
    startDate: optionalText,
    respncJob: optionalText,
    missions: list,
    requirements: list,
    body: z
      .string()
      .trim()
      .min(1, { error: 'corps vide' })
      .max(MAX_BODY_LENGTH, { error: `plus de ${MAX_BODY_LENGTH} caractères` }),
    source: z.string().min(1),
    warnings: z.array(z.string().max(MAX_ITEM_LENGTH)).max(MAX_LIST_ITEMS),
  })
  .refine((o) => o.deadline !== null, {
    error: 'pas de date limite de candidature (document tronqué ?)',
    path: ['deadline'],
  });

/**
 * The schema's complaints about an offer, one French line each
 * (`champ : problème`); empty when the offer can be served.
 *
 * @example
 * offerIssues({ ...offer, publishedOn: '2025-02-30' }) // ['publishedOn : jour inexistant']
 */
export function offerIssues(offer: Offer): string[] {
  const result = offerSchema.safeParse(offer);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'offre'} : ${issue.message}`,
  );
}
