import { Router, type Request, type Response } from 'express';
import { sendApiError } from './apiError.ts';
import { offerPageUrl } from './offerPage.ts';
import { z } from 'zod';
import type { Catalog, CatalogEntry, OfferFilters } from '../../offers/catalog.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from '../../offers/fields/offerFields.ts';
import { offerJsonLd } from '../../offers/jsonLd.ts';
import { offerStatus } from '../../offers/offer.ts';
import { normalizeReference } from '../../offers/reference.ts';
import { findPlaces, type PlaceMention } from '../../nlu/entities/places.ts';
import { withoutInvisibleDeep } from '../../text/invisible.ts';
import { tokenize } from '../../offers/search/analyzer.ts';
import type { Clock } from '../../time/clock.ts';
import { isIsoDay, todayInNoumea } from '../../time/noumea.ts';

/** What the offers API says when it refuses a request (short, French). */
export const offersMessages = {
  badParameters: (details: string) => `Paramètres invalides : ${details}.`,
  badValue: (parameter: string) => `valeur incorrecte pour « ${parameter} »`,
  badStatus: `valeur incorrecte pour « status » (attendu : ${['open', 'closed', 'all'].join(', ')})`,
  pageSizeBounds: (max: number) => `pageSize : entier de 1 à ${max} (${max} au maximum)`,
  unknownPlace: (place: string) =>
    `Lieu inconnu : « ${place} » (commune ou province de Nouvelle-Calédonie attendue).`,
  unknownCommune: (commune: string) =>
    `Commune inconnue : « ${commune} » (nom d'une commune de Nouvelle-Calédonie, d'un de ses quartiers ou lieux attendu).`,
  unknownProvince: (province: string) =>
    `Province inconnue : « ${province} » (sud, nord ou îles attendu).`,
  unknownParameters: (keys: readonly string[]) =>
    `paramètre inconnu : ${keys.join(', ')} (paramètres reconnus : ${LIST_PARAMETERS.join(', ')})`,
  badReference: 'Référence invalide : attendue sous la forme 3134-25-0833/SR ou 25-0833.',
  unknownOffer: (reference: string) => `Aucune offre publiée sous la référence ${reference}.`,
} as const;

export interface OffersRouteDependencies {
  /** The catalog in service (read at each request: it is swapped whole on reload). */
  catalog: () => Catalog;
  clock: Clock;
}

/** Offers per page when `pageSize` is not given. */
export const PAGE_SIZE_DEFAULT = 20;
/** The largest page: a client wanting everything pages through it (each page is cheap, bounded work). */
export const PAGE_SIZE_MAX = 100;
/** The values of `status`: `all` is open and closed (an offer not yet published is never served). */
export const OFFER_STATUS_FILTERS = ['open', 'closed', 'all'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const ListQuery = z
  .object({
    place: text(100).optional(),
    commune: text(100).optional(),
    province: text(100).optional(),
    direction: text(200).optional(),
    employer: text(200).optional(),
    corps: text(200).optional(),
    status: z.enum(OFFER_STATUS_FILTERS).optional(),
    open: z.string().refine(isIsoDay, { error: 'date AAAA-MM-JJ attendue' }).optional(),
    q: text(200).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  })
  .strict();

/** The parameters `GET /api/offers` knows, as a refusal lists them. */
export const LIST_PARAMETERS: readonly string[] = Object.keys(ListQuery.shape);

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return offersMessages.unknownParameters(issue.keys);
  const parameter = issue.path.join('.');
  if (parameter === 'pageSize') return offersMessages.pageSizeBounds(PAGE_SIZE_MAX);
  if (parameter === 'status') return offersMessages.badStatus;
  return offersMessages.badValue(parameter);
}

/** A 400 for a query the schema refused: every issue in the message, the first in `details`. */
function refuseQuery(res: Response, error: z.ZodError): void {
  const message = offersMessages.badParameters(error.issues.map(describeIssue).join(', '));
  const unknown = error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  if (unknown.length > 0)
    return sendApiError(res, 400, 'unknown_parameter', message, {
      unknown,
      known: LIST_PARAMETERS,
    });
  const parameter = error.issues[0]?.path.join('.') ?? '';
  const bounds =
    parameter === 'pageSize'
      ? { minimum: 1, maximum: PAGE_SIZE_MAX }
      : parameter === 'status'
        ? { allowed: OFFER_STATUS_FILTERS }
        : {};
  sendApiError(res, 400, 'invalid_parameter', message, { parameter, ...bounds });
}

/** The names of the offer's communes (the catalog's: the document's, else its place of work's). */
const communeNames = (entry: CatalogEntry) => entry.communes.map((c) => c.name);

/** The offer as the API serves it: its fields (not the source file), its status that day, its commune and province; no invisible format character. */
function offerJson(entry: CatalogEntry, today: string, url: string) {
  const { source: _source, ...offer } = entry.offer;
  return withoutInvisibleDeep({
    ...offer,
    status: offerStatus(entry.offer, today),
    commune: entry.commune?.name ?? null,
    communes: communeNames(entry),
    province: entry.commune?.province ?? null,
    url,
  });
}

/** The fields of a list item: the table's fields with `show.listing`, in table order. */
const LISTED = OFFER_FIELD_KEYS.filter((key) => fieldSpec(key).show?.listing === true);

/** A list item: the offer without its long texts, with its commune, province and status. */
function offerSummary(entry: CatalogEntry, today: string, url: string) {
  const fields = Object.fromEntries(LISTED.map((key) => [key, entry.offer[key]]));
  return withoutInvisibleDeep({
    ...fields,
    commune: entry.commune?.name ?? null,
    communes: communeNames(entry),
    province: entry.commune?.province ?? null,
    status: offerStatus(entry.offer, today),
    url,
  });
}

/**
 * The public offers API, read-only:
 * - `GET /api/offers?place&commune&province&direction&employer&corps&status&open=AAAA-MM-JJ&q&page&pageSize`
 *   → `{ total, page, pageSize, offers }` (status: open, closed or all, open by default unless
 *   `open` names a day, then all by default; pageSize: up to `PAGE_SIZE_MAX`; place: commune, quarter or province; commune: a commune,
 *   or a quarter or landmark of one; province: sud, nord, îles; accents, case and typos tolerated,
 *   an unknown one refused; an offer in several communes is in each; direction: an acronym
 *   (`DT`) or words of its name; corps: one of the alternatives; q: full text; unknown
 *   parameters refused with the list of known ones; most relevant or most recent first);
 * - `GET /api/offers/:reference` (any written form, `/` URL-encoded) → the offer as JSON,
 *   or as schema.org JobPosting JSON-LD with `Accept: application/ld+json` or a `.jsonld` suffix.
 * Offers not yet published on the clock's Nouméa day are never served.
 */
export function offersRouter({ catalog, clock }: OffersRouteDependencies): Router {
  const router = Router();

  router.get('/api/offers', (req: Request, res: Response) => {
    const parsed = ListQuery.safeParse(req.query);
    if (!parsed.success) return refuseQuery(res, parsed.error);
    const { place, commune, province, direction, employer, corps, open, q, page, pageSize } =
      parsed.data;
    const status = parsed.data.status ?? (open === undefined ? 'open' : 'all');
    const today = todayInNoumea(clock.now());
    const filters: OfferFilters = { publishedBy: today, employer, corps, direction, openOn: open };
    const asked: PlaceMention[][] = [];
    if (place !== undefined) {
      const places = findPlaces(tokenize(place));
      if (places.length === 0)
        return sendApiError(res, 400, 'unknown_place', offersMessages.unknownPlace(place));
      asked.push(places);
    }
    if (commune !== undefined) {
      const communes = findPlaces(tokenize(commune)).filter((p) => p.kind === 'commune');
      if (communes.length === 0)
        return sendApiError(res, 400, 'unknown_place', offersMessages.unknownCommune(commune));
      asked.push(communes);
    }
    if (province !== undefined) {
      const provinces = findPlaces(tokenize(province)).filter((p) => p.kind === 'province');
      if (provinces.length === 0)
        return sendApiError(res, 400, 'unknown_place', offersMessages.unknownProvince(province));
      asked.push(provinces);
    }
    if (asked.length > 0) filters.placeGroups = asked;
    const found = catalog().search(q ?? '', filters);
    const hits =
      status === 'all' ? found : found.filter((h) => offerStatus(h.entry.offer, today) === status);
    const offers = hits
      .slice((page - 1) * pageSize, page * pageSize)
      .map((hit) => offerSummary(hit.entry, today, offerPageUrl(req, hit.entry.offer.reference)));
    res.json({ total: hits.length, page, pageSize, offers });
  });

  router.get('/api/offers/:reference', (req: Request, res: Response) => {
    const raw = String(req.params.reference ?? '');
    const asLd = raw.endsWith('.jsonld');
    const reference = normalizeReference(asLd ? raw.slice(0, -'.jsonld'.length) : raw);
    if (reference === null)
      return sendApiError(res, 400, 'invalid_reference', offersMessages.badReference);
    const today = todayInNoumea(clock.now());
    const entry = catalog().byRef(reference);
    if (entry === undefined || offerStatus(entry.offer, today) === 'upcoming') {
      return sendApiError(res, 404, 'not_found', offersMessages.unknownOffer(reference));
    }
    res.vary('Accept');
    if (
      asLd ||
      req.accepts(['application/json', 'application/ld+json']) === 'application/ld+json'
    ) {
      return void res
        .type('application/ld+json')
        .send(JSON.stringify(offerJsonLd(entry.offer, entry.commune)));
    }
    res.json(offerJson(entry, today, offerPageUrl(req, entry.offer.reference)));
  });

  return router;
}
