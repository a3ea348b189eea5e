import { Router, type Request, type Response } from 'express';
import type { Catalog, CatalogEntry } from '../../offers/catalog.ts';
import { offerJsonLd } from '../../offers/jsonLd.ts';
import type { PageShown } from '../../offers/fields/fieldSpec.ts';
import { fieldSpec, OFFER_FIELD_KEYS } from '../../offers/fields/offerFields.ts';
import { isHttpUrl } from '../../offers/fields/schemas.ts';
import { type Offer, offerStatus, type OfferStatus } from '../../offers/offer.ts';
import { normalizeReference } from '../../offers/reference.ts';
import { withoutInvisible } from '../../text/invisible.ts';
import type { Clock } from '../../time/clock.ts';
import { todayInNoumea } from '../../time/noumea.ts';

/** Every French string of the offer page. */
export const offerPageMessages = {
  backToChat: "Retour à l'assistant",
  notGiven: 'non précisé',
  status: {
    open: 'Offre ouverte',
    closed: 'Offre clôturée',
    upcoming: 'Pas encore publiée',
  } satisfies Record<OfferStatus, string>,
  badReferenceTitle: 'Référence invalide',
  badReference: 'La référence attendue a la forme 3134-25-0833/SR ou 25-0833.',
  unknownTitle: 'Offre introuvable',
  unknownOffer: (reference: string) => `Aucune offre publiée sous la référence ${reference}.`,
  siteName: "Offres d'emploi public — Nouvelle-Calédonie",
} as const;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values; invisible format characters (a bidi override...) are dropped. */
export function escapeHtml(value: string): string {
  return withoutInvisible(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON safe inside `<script type="application/ld+json">`: no `<`, `>`, `&` or line separators can end or confuse the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page's path for a reference, URL-encoded (`3134-25-0699/SR` → `/offres/3134-25-0699%2FSR`). */
export function offerPagePath(reference: string): string {
  return `/offres/${encodeURIComponent(reference)}`;
}

/**
 * The page's absolute URL as the client reached this server: its scheme (`X-Forwarded-Proto`
 * when `trust proxy` says so) and its `Host`, else the path alone.
 */
export function offerPageUrl(req: Request, reference: string): string {
  const host = req.get('host');
  const path = offerPagePath(reference);
  return host === undefined || !/^[a-z0-9.\-:[\]]{1,255}$/i.test(host)
    ? path
    : `${req.protocol}://${host}${path}`;
}

function page(title: string, main: string, head = ''): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(offerPageMessages.siteName)}</title>
<link rel="stylesheet" href="/offer.css">
${head}</head>
<body>
<main class="offer-page">
${main}
<p><a href="/">${escapeHtml(offerPageMessages.backToChat)}</a></p>
</main>
</body>
</html>
`;
}

function list(heading: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  const lis = items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n');
  return `<section><h2>${escapeHtml(heading)}</h2>\n<ul>\n${lis}\n</ul></section>\n`;
}

/** The fields the page shows, in table order, by kind: facts, bulleted sections, folded texts. */
function pageFields(...kinds: ReadonlyArray<'fact' | 'link' | 'list' | 'text'>) {
  return OFFER_FIELD_KEYS.flatMap((key) => {
    const spec = fieldSpec(key);
    const shown = spec.show?.page;
    return shown !== undefined && kinds.includes(shown.as ?? 'fact')
      ? [{ key, label: shown.label ?? spec.label, shown }]
      : [];
  });
}

/** A fact's HTML: a link for an http(s) URL shown `as: 'link'` (anything else is no link), else its escaped text. */
function factHtml(offer: Offer, key: keyof Offer, shown: PageShown<unknown>): string {
  if (shown.as !== 'link') return escapeHtml(factText(offer, key, shown));
  const url = offer[key];
  if (typeof url !== 'string' || !isHttpUrl(url)) return escapeHtml(offerPageMessages.notGiven);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
}

function factText(offer: Offer, key: keyof Offer, shown: PageShown<unknown>): string {
  const value =
    'text' in shown && shown.text !== undefined
      ? shown.text(offer[key])
      : (offer[key] as string | null);
  return value ?? offerPageMessages.notGiven;
}

/**
 * The offer's page: its title, status, facts, lists and document text as the table of offer
 * fields says (`show.page`), every value escaped; its schema.org JSON-LD in the head; no script to run.
 */
export function renderOfferPage(entry: CatalogEntry, status: OfferStatus): string {
  const { offer } = entry;
  const m = offerPageMessages;
  const dl = pageFields('fact', 'link')
    .map(
      ({ key, label, shown }) =>
        `<div><dt>${escapeHtml(label)}</dt><dd>${factHtml(offer, key, shown)}</dd></div>`,
    )
    .join('\n');
  const lists = pageFields('list')
    .map(({ key, label }) => list(label, offer[key] as readonly string[]))
    .join('');
  const texts = pageFields('text')
    .map(
      ({ key, label }) =>
        `<details><summary>${escapeHtml(label)}</summary><pre class="offer-body">${escapeHtml(offer[key] as string)}</pre></details>`,
    )
    .join('');
  const main =
    `<h1>${escapeHtml(offer.title)}</h1>\n<p class="offer-status" data-status="${status}">${escapeHtml(m.status[status])}</p>\n` +
    `<dl class="offer-facts">\n${dl}\n</dl>\n` +
    lists +
    texts;
  const ld = `<script type="application/ld+json">${jsonForScript(offerJsonLd(offer, entry.commune))}</script>\n`;
  return page(offer.title, main, ld);
}

function refusal(res: Response, status: number, title: string, text: string): void {
  res
    .status(status)
    .type('html')
    .send(page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`));
}

export interface OfferPageDependencies {
  /** The catalog in service (read at each request). */
  catalog: () => Catalog;
  clock: Clock;
}

/**
 * `GET /offres/:reference` (any written form, `/` URL-encoded): the offer as a
 * French HTML page, server-rendered and escaped, with its JSON-LD. Offers not
 * yet published are never shown (404).
 */
export function offerPageRouter({ catalog, clock }: OfferPageDependencies): Router {
  const router = Router();
  router.get('/offres/:reference', (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-cache');
    const reference = normalizeReference(String(req.params.reference ?? '').slice(0, 100));
    if (reference === null)
      return refusal(res, 400, offerPageMessages.badReferenceTitle, offerPageMessages.badReference);
    const entry = catalog().byRef(reference);
    const status =
      entry === undefined ? 'upcoming' : offerStatus(entry.offer, todayInNoumea(clock.now()));
    if (entry === undefined || status === 'upcoming') {
      return refusal(
        res,
        404,
        offerPageMessages.unknownTitle,
        offerPageMessages.unknownOffer(reference),
      );
    }
    res.type('html').send(renderOfferPage(entry, status));
  });
  return router;
}
