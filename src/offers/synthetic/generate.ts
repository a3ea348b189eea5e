import type { Offer, Residence } from '../offer.ts';
import { plainBody } from '../parse/bodyParser.ts';
import { FACET_FIELDS } from '../parse/facetsParser.ts';
import { parseOfferDocument } from '../parse/index.ts';
import { addDays, formatShortDate } from '../../time/noumea.ts';
import {
  documentFileName,
  type FacetFields,
  renderAvpDocument,
  type OfferFields,
} from './document.ts';
import { Prng } from './prng.ts';
import { communesOf, EMPLOYER_KINDS, fillCommune, JOB_FAMILIES } from './tables.ts';

/** How many offers, from which seed, over which period. */
export interface SyntheticOptions {
  count: number;
  seed: number | string;
  /** First possible publication day (default `2016-07-01`). */
  from?: string;
  /** Span of the publication days, in years (default 10). */
  years?: number;
}

/** A generated offer, its AVP document, and the file name it is written under. */
export interface SyntheticOffer {
  offer: Offer;
  document: string;
  fileName: string;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const RESIDENCES: ReadonlyArray<Residence | null> = [
  { text: 'au moins égale à 10 ans', years: 10 },
  { text: 'au moins égale à 10 ans', years: 10 },
  { text: 'au moins égale à 5 ans', years: 5 },
  { text: 'au moins égale à 3 ans', years: 3 },
  null,
];

/** Publication days, mostly Fridays like the real AVP, sorted. */
function publicationDays(random: Prng, count: number, from: string, years: number): string[] {
  const span = Math.round(years * 365.25);
  const days: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = addDays(from, random.int(0, span));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    days.push(random.chance(0.85) ? addDays(day, (5 - weekday + 7) % 7) : day);
  }
  return days.sort();
}

/** References numbered in publication order within each year, with gaps, unique. */
function references(random: Prng, days: readonly string[]): string[] {
  const perYear = new Map<string, number>();
  for (const day of days) perYear.set(day.slice(2, 4), (perYear.get(day.slice(2, 4)) ?? 0) + 1);
  const next = new Map<string, number>();
  return days.map((day) => {
    const year = day.slice(2, 4);
    const maxStep = Math.max(1, Math.min(4, Math.floor(9000 / perYear.get(year)!)));
    const sequence = (next.get(year) ?? random.int(1, 40)) + random.int(1, maxStep);
    next.set(year, sequence);
    if (sequence > 9999)
      throw new Error(`trop d'offres pour l'année 20${year} (références sur 4 chiffres)`);
    return `3134-${year}-${String(sequence).padStart(4, '0')}/SR`;
  });
}

function startDate(random: Prng, deadline: string): string {
  const roll = random.next();
  if (roll < 0.3) return 'Immédiatement';
  if (roll < 0.6) return 'dès que possible';
  if (roll < 0.7) return "Susceptible d'être vacant";
  const month = Number(deadline.slice(5, 7)) % 12;
  const year = Number(deadline.slice(0, 4)) + (month === 0 ? 1 : 0);
  return `1er ${MONTHS[month]} ${year}`;
}

/**
 * The facets of a written document (communes, direction, corps...) as the parser's facets read
 * them: they are tested on the real documents (`test/offers/parse/facets/`), not generated.
 */
function facetsOf(document: string, fileName: string): Pick<Offer, FacetFields> {
  const parsed = parseOfferDocument(document, fileName);
  const read: Record<string, unknown> = { quotes: parsed.quotes };
  for (const key of FACET_FIELDS) read[key] = parsed[key];
  return read as Pick<Offer, FacetFields>;
}

function oneOffer(random: Prng, reference: string, publishedOn: string): SyntheticOffer {
  const family = random.pick(JOB_FAMILIES);
  const template = random.pick(EMPLOYER_KINDS[random.pick(family.employers)] ?? []);
  const commune = random.pick(communesOf(template));
  const employer = fillCommune(template.name, commune);
  const direction = random.chance(0.8) ? random.pick(template.directions) : null;
  let deadline = addDays(publishedOn, random.pick([14, 21, 21, 21, 28]));
  let deadlineNote: string | null = null;
  let previousDeadline: string | null = null;
  if (random.chance(0.04)) {
    previousDeadline = deadline;
    deadline = addDays(deadline, random.pick([7, 14]));
    deadlineNote = `Modification de la date de clôture initialement prévue le ${formatShortDate(previousDeadline)}`;
  }
  const title = `${random.pick(family.heads)} ${random.pick(family.specialties)}`.trim();
  const fields: OfferFields = {
    reference,
    title,
    employer,
    direction,
    publishedOn,
    deadline,
    deadlineNote,
    previousDeadline,
    corps: random.chance(0.95) ? random.pick(family.corps) : null,
    location: fillCommune(random.pick(template.addresses), commune),
    residence: random.pick(RESIDENCES),
    residenceRequired: null,
    startDate: startDate(random, deadline),
    respncJob: random.chance(0.8) ? family.respnc : null,
    missions: random.sample(family.missions, random.int(3, 7)),
    requirements: random.sample(family.requirements, random.int(2, 5)),
  };
  fields.residenceRequired = fields.residence !== null; // the document always writes the label ("/" when none)
  const service =
    direction === null ? '' : ` de la ${direction.charAt(0).toLowerCase()}${direction.slice(1)}`;
  const details = [
    `Employeur public (${employer}), le service${service} contribue à la mise en œuvre des politiques publiques à ${commune.name}.`,
    ...(random.chance(0.5)
      ? [
          random.pick([
            'Poste à temps complet.',
            'Poste à temps plein.',
            'Poste à temps partiel (80 %).',
          ]),
        ]
      : []),
  ];
  const missionsIntro = `Placé(e) sous l'autorité du chef de service, le ou la ${title.toLowerCase()} sera chargé(e) :`;
  const document = renderAvpDocument(
    fields,
    { banner: fillCommune(template.banner, commune), details, missionsIntro },
    random,
  );
  const fileName = documentFileName(reference);
  const offer: Offer = {
    ...fields,
    ...facetsOf(document, fileName),
    body: plainBody(document.split('\n')),
    source: fileName,
    warnings: [],
    documentUrl: null,
    documentRead: true,
  };
  return { offer, document, fileName };
}

/**
 * Realistic synthetic offers, deterministic for a seed: job families and
 * titles, Caledonian employers, the 33 communes, corps, directions, residence,
 * publications spread over the years (mostly Fridays), deadlines 2 to 4 weeks
 * later (sometimes moved), missions and requirements.
 *
 * @example
 * generateSynthetic({ count: 3, seed: 42 })[0].offer.reference // '3134-16-00..'
 */
export function generateSynthetic(options: SyntheticOptions): SyntheticOffer[] {
  const random = new Prng(options.seed);
  const days = publicationDays(
    random,
    options.count,
    options.from ?? '2016-07-01',
    options.years ?? 10,
  );
  const refs = references(random, days);
  return days.map((day, i) => oneOffer(random, refs[i]!, day));
}

/** The offers alone (as the parser would read their documents). */
export function generateOffers(options: SyntheticOptions): Offer[] {
  return generateSynthetic(options).map((s) => s.offer);
}
