import type { Offer } from '../offer.ts';
import { formatLongDate, formatShortDate } from '../../time/noumea.ts';
import type { Prng } from './prng.ts';

/** What a synthetic document prints beyond the offer's fields. */
export interface DocumentExtras {
  /** Upper-case employer line under the reference (`PROVINCE SUD`), or null. */
  banner: string | null;
  /** The "Détails de l'offre" paragraphs. */
  details: string[];
  /** The sentence introducing the missions. */
  missionsIntro: string;
}

/** The fields the parser's facets read from the written document (`facetsParser`), with their quotes. */
export type FacetFields =
  | 'communes'
  | 'province'
  | 'direction'
  | 'directionAcronym'
  | 'service'
  | 'corps'
  | 'supervisor'
  | 'team'
  | 'startDate'
  | 'positions'
  | 'drivingLicence'
  | 'travel'
  | 'housing'
  | 'contact'
  | 'application'
  | 'quotes';

/**
 * The offer fields a document is written from (body, source and warnings come from the document,
 * the facets are read from it): the direction, the corps and the start ("Poste à pourvoir") as
 * written.
 */
export type OfferFields = Omit<
  Offer,
  'body' | 'source' | 'warnings' | 'documentUrl' | 'documentRead' | FacetFields
> & {
  direction: string | null;
  corps: string | null;
  startDate: string | null;
};

/** `3134-25-0833/SR` → `3134-25-0833-SR.txt`, the data folder's naming. */
export function documentFileName(reference: string): string {
  return `${reference.replace('/', '-')}.txt`;
}

function dayWithoutWeekday(isoDay: string): string {
  return formatLongDate(isoDay).replace(/^\S+ /, '');
}

/**
 * Writes an offer as an AVP text document in the layout of `data/offers/*.txt`
 * (title heading, reference line, labelled fields in a varying order, then the
 * details, missions and requirements sections), so it goes through the real parser.
 */
export function renderAvpDocument(
  offer: OfferFields,
  extras: DocumentExtras,
  random: Prng,
): string {
  const published = offer.publishedOn ?? '';
  const referenceDate = random.chance(0.5)
    ? formatShortDate(published)
    : dayWithoutWeekday(published);
  const residence = offer.residence === null ? '/' : offer.residence.text;
  const direction =
    offer.direction === null
      ? []
      : [
          /^Direction (de|des|du|d')/.test(offer.direction) && random.chance(0.5)
            ? offer.direction
            : `Direction : ${offer.direction}`,
        ];
  const fields = [
    ...(offer.corps === null ? [] : [`Corps ou Cadre d’emploi /Domaine : ${offer.corps}`]),
    ...direction,
    `Durée de résidence exigée pour le recrutement sur titre (1): ${residence}`,
    ...(offer.location === null ? [] : [`Lieu de travail : ${offer.location}`]),
    ...(offer.startDate === null ? [] : [`Poste à pourvoir : ${offer.startDate}`]),
  ];
  if (random.chance(0.3)) fields.push(fields.splice(random.int(0, fields.length - 1), 1)[0]!);
  const dates = [
    `Date de dépôt de l’offre : ${formatLongDate(published)}`,
    ...(offer.deadline === null
      ? []
      : [`Date limite de candidature : ${formatLongDate(offer.deadline)}`]),
    ...(offer.deadlineNote === null ? [] : [offer.deadlineNote]),
  ];
  const head = [
    `# ${offer.title}`,
    `Référence : ${offer.reference} du ${referenceDate}`,
    ...(extras.banner === null ? [] : [extras.banner]),
    ...(offer.employer === null ? [] : [`Employeur : ${offer.employer}`]),
    ...fields,
    ...dates,
  ];
  const sections = [
    '# Détails de l’offre :',
    ...extras.details,
    ...(offer.respncJob === null ? [] : [`Emploi RESPNC : ${offer.respncJob}`]),
    '# Missions :',
    extras.missionsIntro,
    offer.missions.map((m) => `- ${m}`).join('\n'),
    '# Profil du candidat',
    '# Savoir/ Connaissance/Diplôme exigé :',
    offer.requirements.map((r) => `- ${r}`).join('\n'),
  ];
  return `${[...head, ...sections].join('\n\n')}\n`;
}
