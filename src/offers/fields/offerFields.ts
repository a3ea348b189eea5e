import { z } from 'zod';
import { formatLongDate, formatShortDate } from '../../time/noumea.ts';
import * as convert from '../feed/converters.ts';
import { facetNamed, feedFacetNamed } from './facetReaders.ts';
import {
  applicationText,
  contactText,
  eitherOf,
  licenceText,
  listed,
  startText,
  teamShown,
  teamText,
} from './factTexts.ts';
import { type FieldSpec, field, STATED_NONE } from './fieldSpec.ts';
import { contactPoint, endOfNoumeaDay, statedEmploymentTypes } from './jsonLdValues.ts';
import {
  applicationSchema,
  httpUrl,
  contactSchema,
  drivingLicenceSchema,
  isoDay,
  list,
  MAX_BODY_LENGTH,
  MAX_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_TITLE_LENGTH,
  optionalText,
  positionsSchema,
  quotesSchema,
  residenceSchema,
  startDateSchema,
  teamSchema,
  text,
} from './schemas.ts';

/** Texts repeated across offers, shown to users: written once in the parse cache, cleaned before shown. */
const SHOWN_TEXT = { intern: true, clean: true } as const;
const bullets = (items: readonly string[]) =>
  items.length ? `\n${items.map((m) => `• ${m}`).join('\n')}\n` : null;
const longDay = (day: string | null) => (day === null ? null : formatLongDate(day));
const shortDay = (day: string | null) => (day === null ? null : formatShortDate(day));
const startShown = (start: { text: string } | null) => start?.text ?? null;

/**
 * Every field of an offer, once: its type, its French names, where a document and the open-data
 * feed give it, how they merge, how its texts are kept, whether users can ask about it, and how
 * the card, the page and the JSON-LD show it. The `Offer` type, the offer schema, the parser's
 * labels and empty draft, the feed's columns, the merge, `cli check`, the dialog's field
 * answers, the card, the page, the JSON-LD, the parse cache's interning and `visibleOffer` are
 * all derived from it (see DESIGN.md, "One table of offer fields"). The order is the offer's:
 * the card and the page list their facts in it.
 */
export const OFFER_FIELDS = {
  /** Normalised reference, e.g. `3134-25-0833/SR`. */
  reference: field({
    schema: z.string().regex(/^3134-\d{2}-\d{4}\/[A-Z]{2}$/, {
      error: 'référence attendue sous la forme 3134-AA-NNNN/SR',
    }),
    name: 'référence',
    label: 'Référence',
    required: true,
    checked: true,
    document: { labels: ['Référence', 'Reference', 'Réf.', 'Ref.'], parser: 'reference' },
    feed: { columns: ['numero'], convert: convert.reference },
    merge: 'key',
    compared: { name: 'référence', as: 'exact' },
    ask: { intent: 'offer.reference', sentence: 'field' },
    show: { page: {}, jsonLd: { at: 'identifier.value' }, listing: true },
  }),
  /** The job's title, the document's first heading. */
  title: field({
    schema: text(MAX_TITLE_LENGTH),
    name: 'intitulé',
    label: 'Intitulé',
    required: true,
    checked: true,
    document: { parser: 'title' },
    feed: { columns: ['libelle_poste'], convert: convert.text },
    merge: 'fill',
    compared: { name: 'intitulé', as: 'words' },
    texts: SHOWN_TEXT,
    show: { jsonLd: { at: 'title' }, listing: true },
  }),
  employer: field({
    schema: optionalText,
    name: 'employeur',
    label: 'Employeur',
    checked: true,
    document: { labels: ['Employeur'], parser: 'labelledFields' },
    feed: { columns: ['libelle_collectivite'], convert: convert.text },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.employer', sentence: 'field' },
    show: { summary: {}, page: {}, jsonLd: { at: 'hiringOrganization.name' }, listing: true },
  }),
  /** The direction's canonical name ("Direction des télécommunications"); the line read is quoted in `quotes`. */
  direction: field({
    schema: optionalText,
    name: 'direction',
    label: 'Direction',
    checked: true,
    document: { labels: ['Direction'], facet: facetNamed('direction') },
    feed: {
      columns: ['direction_libelle', 'direction_acronyme', 'libelle_poste'],
      convert: feedFacetNamed('direction'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.direction', sentence: 'field' },
    show: {
      summary: {},
      page: {},
      jsonLd: { at: 'hiringOrganization.department.name' },
      listing: true,
    },
  }),
  /** The direction's acronym ("DT"), only when the document prints it (title prefix, parentheses). */
  directionAcronym: field({
    schema: text(20).nullable(),
    name: 'sigle de la direction',
    label: 'Sigle de la direction',
    document: { facet: facetNamed('directionAcronym') },
    feed: {
      columns: ['direction_libelle', 'direction_acronyme', 'libelle_poste'],
      convert: feedFacetNamed('directionAcronym'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.direction', sentence: 'field', label: 'Sigle' },
    show: { summary: { label: 'Sigle' }, page: {} },
  }),
  /** The unit below the direction ("Section Marketing", "Bureau primo-accueil (BPA)"). */
  service: field({
    schema: optionalText,
    name: 'service',
    label: 'Service',
    document: { facet: facetNamed('service') },
    feed: { columns: ['service_libelle'], convert: feedFacetNamed('service') },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.direction', sentence: 'field' },
    show: { summary: {}, page: {}, jsonLd: { at: 'employmentUnit.name' } },
  }),
  /** The corps (or cadres d'emplois) the post is open to, lower case: ["cadre d'exploitation", "contrôleur"]. */
  corps: field({
    schema: list,
    name: 'corps',
    label: "Corps ou cadre d'emploi",
    checked: true,
    document: {
      labels: [
        "Corps ou Cadre d'emploi /Domaine",
        'Corps ou Cadre d’emploi / Domaine',
        "Corps ou Cadre d'emploi",
        "Corps ou cadre d'emplois / Domaine",
        'Corps / Domaine',
      ],
      facet: facetNamed('corps'),
    },
    feed: {
      columns: ['libelle_corps_grade', 'libelle_corps_grade_2'],
      convert: feedFacetNamed('corps'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.corps', sentence: 'field', text: eitherOf },
    show: {
      summary: { label: 'Corps', text: eitherOf },
      page: { label: 'Corps ou cadre d’emploi', text: eitherOf },
      listing: true,
    },
  }),
  location: field({
    schema: optionalText,
    name: 'lieu',
    label: 'Lieu de travail',
    checked: true,
    document: {
      labels: ['Lieu de travail', 'Lieu d’affectation', "Lieu d'affectation"],
      parser: 'labelledFields',
    },
    feed: { columns: ['lieu_travail'], convert: convert.text },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.location', sentence: 'field' },
    show: {
      summary: { label: 'Lieu' },
      page: {},
      jsonLd: { at: 'jobLocation.name' },
      listing: true,
    },
  }),
  /** The communes where the post is based, official names ("Koné", "Pouembout"); empty when none is known. */
  communes: field({
    schema: list,
    name: 'communes',
    label: 'Commune',
    checked: true,
    document: { facet: facetNamed('communes') },
    feed: { columns: ['lieu_travail'], convert: convert.communes },
    merge: 'fill',
    compared: { name: 'commune', as: 'set' },
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.location', sentence: 'field', text: listed },
    show: {
      summary: { text: listed },
      page: { text: listed },
      jsonLd: {
        at: 'jobLocation.address.addressLocality',
        value: (communes) => (communes.length === 1 ? communes[0] : communes),
      },
      listing: true,
    },
  }),
  /** The province of those communes ("Province Nord"); null when they differ or none is known. */
  province: field({
    schema: optionalText,
    name: 'province',
    label: 'Province',
    document: { facet: facetNamed('province') },
    feed: { columns: ['lieu_travail'], convert: convert.province },
    merge: 'fill',
    texts: SHOWN_TEXT,
    show: { jsonLd: { at: 'jobLocation.address.addressRegion' } },
  }),
  /** ISO day of publication ("date de dépôt de l'offre"). */
  publishedOn: field({
    schema: isoDay,
    name: 'date de dépôt',
    label: 'Date de publication',
    checked: true,
    document: {
      labels: [
        "Date de dépôt de l'offre",
        'Date de depot de l’offre',
        'Date de dépôt',
        'Date de publication',
      ],
      parser: 'dates',
    },
    feed: { columns: ['date_mis_en_ligne'], convert: convert.portalDay },
    merge: 'fill',
    compared: { name: 'date de publication', as: 'day' },
    texts: { intern: true },
    ask: { intent: 'offer.publishedOn', sentence: 'field', text: longDay },
    show: {
      summary: { label: 'Publié le', text: shortDay },
      page: { label: 'Publiée le', text: longDay },
      jsonLd: { at: 'datePosted' },
      listing: true,
    },
  }),
  /** ISO day of the application deadline, last day included. */
  deadline: field({
    schema: isoDay,
    name: 'date limite',
    label: 'Date limite de candidature',
    checked: true,
    document: {
      labels: [
        'Date limite de candidature',
        'Date limite de dépôt des candidatures',
        'Date limite',
      ],
      parser: 'dates',
    },
    feed: { columns: ['date_cloture'], convert: convert.portalDay },
    merge: 'fill',
    compared: { name: 'date limite', as: 'day' },
    texts: { intern: true },
    ask: { intent: 'offer.deadline', sentence: 'deadline' },
    show: {
      summary: { label: 'Date limite', text: shortDay },
      page: { text: longDay },
      jsonLd: { at: 'validThrough', value: (day) => (day === null ? null : endOfNoumeaDay(day)) },
      listing: true,
    },
  }),
  /** A note on the deadline, e.g. `Modification de la date de clôture initialement prévue le 18/07/2025`. */
  deadlineNote: field({
    schema: optionalText,
    name: 'modification de la date limite',
    label: 'Modification de la date de clôture',
    document: {
      labels: ['Modification de la date de clôture', 'Modification de la date de cloture'],
      parser: 'dates',
    },
    feed: { columns: ['commentaire_republication'], convert: convert.text },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.deadlineChanged', sentence: 'deadlineWasMoved' },
  }),
  /** ISO day of the deadline before it was moved, when the note gives it. */
  previousDeadline: field({
    schema: isoDay,
    name: 'date limite initiale',
    label: 'Date limite initiale',
    document: { parser: 'dates' },
    feed: { columns: ['commentaire_republication'], convert: convert.noteDay },
    merge: 'fill',
    texts: { intern: true },
    ask: { intent: 'offer.deadlineChanged', sentence: 'deadlineWasMoved' },
  }),
  /**
   * "Poste à pourvoir": the wording as printed (`Immédiatement`, `à compter du 1er octobre 2026`)
   * and its ISO day when it names one exact day.
   */
  startDate: field({
    schema: startDateSchema.nullable(),
    name: 'poste à pourvoir',
    label: 'Poste à pourvoir',
    checked: true,
    document: {
      labels: [
        'Poste(s) à pourvoir',
        'Postes à pourvoir',
        'Poste à pourvoir',
        'Poste a pourvoir',
        'Postes a pourvoir',
      ],
      facet: facetNamed('startDate'),
    },
    feed: {
      columns: ['date_a_pourvoir', 'date_a_pourvoir_libelle'],
      convert: feedFacetNamed('startDate'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: {
      intent: 'offer.startDate',
      sentence: 'field',
      text: (start) => startText(start, formatLongDate),
    },
    show: {
      summary: { text: startShown },
      page: { text: startShown },
      jsonLd: { at: 'jobStartDate', value: (start) => start?.iso ?? null },
    },
  }),
  /** The number of posts the offer fills ("2 postes à pourvoir"), when the document states it. */
  positions: field({
    schema: positionsSchema.nullable(),
    name: 'nombre de postes',
    label: 'Nombre de postes à pourvoir',
    document: { facet: facetNamed('positions') },
    feed: { columns: ['nb_postes_a_pourvoir'], convert: feedFacetNamed('positions') },
    merge: 'fill',
    ask: {
      intent: 'offer.positions',
      sentence: 'field',
      text: (count) => (count === null ? null : String(count)),
    },
  }),
  /** Null when the document says "/" (no residence required) or is silent. */
  residence: field({
    schema: residenceSchema.nullable(),
    name: 'résidence',
    label: 'Durée de résidence exigée',
    checked: true,
    document: {
      labels: ['Durée de résidence exigée', 'Duree de residence exigee', 'Durée de résidence'],
      parser: 'residence',
    },
    feed: { columns: ['duree_residence_exigee'], convert: convert.residence },
    merge: 'fill',
    compared: { name: 'durée de résidence exigée', as: 'residence' },
    texts: SHOWN_TEXT,
    ask: {
      intent: 'offer.residence',
      sentence: 'field',
      text: (residence, offer) =>
        residence?.text ?? (offer.residenceRequired === false ? STATED_NONE : null),
    },
    show: { summary: { text: (residence) => residence?.text ?? null } },
  }),
  /**
   * Whether a residence duration is required: true when one is stated, false
   * when the document says "/" (none), null when it is silent.
   */
  residenceRequired: field({
    schema: z.boolean().nullable(),
    name: 'résidence exigée',
    label: 'Résidence exigée',
    document: { parser: 'residence' },
    feed: { columns: ['duree_residence_exigee'], convert: convert.residenceRequired },
    merge: 'fill',
    compared: { name: 'exigence de résidence', as: 'flag' },
  }),
  /** The RESPNC job of reference ("Emploi RESPNC"), when given. */
  respncJob: field({
    schema: optionalText,
    name: 'emploi RESPNC',
    label: 'Emploi RESPNC',
    checked: true,
    document: {
      labels: ['Emploi RESPNC', 'Emploi de référence RESPNC', 'Emploi RESP NC'],
      parser: 'labelledFields',
    },
    feed: { columns: ['emploi_resp'], convert: convert.text },
    merge: 'fill',
    texts: SHOWN_TEXT,
  }),
  /** The direct superior's function ("Chef de service expérience client"). */
  supervisor: field({
    schema: optionalText,
    name: 'supérieur hiérarchique',
    label: 'Supérieur hiérarchique direct',
    document: { facet: facetNamed('supervisor') },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.supervisor', sentence: 'field' },
    show: { summary: { label: 'Supérieur' }, page: {} },
  }),
  /** The agents the post supervises ("Directs : 4 – Indirects : 20"), each count null for "/". */
  team: field({
    schema: teamSchema.nullable(),
    name: 'agents encadrés',
    label: 'Agents encadrés',
    document: { facet: facetNamed('team') },
    merge: 'fill',
    ask: { intent: 'offer.team', sentence: 'field', text: teamText },
    show: { summary: { text: teamShown }, page: { text: teamShown } },
  }),
  /** The driving licence asked for ("Permis B" → `{ categories: ['B'], required: true }`). */
  drivingLicence: field({
    schema: drivingLicenceSchema.nullable(),
    name: 'permis de conduire',
    label: 'Permis de conduire',
    document: { facet: facetNamed('drivingLicence') },
    feed: { columns: ['conditions_particulieres'], convert: feedFacetNamed('drivingLicence') },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.conditions', sentence: 'documentSays' },
    show: { summary: { label: 'Permis', text: licenceText }, page: { text: licenceText } },
  }),
  /** The travel the post requires, as written ("Déplacements fréquents en brousse"). */
  travel: field({
    schema: optionalText,
    name: 'déplacements',
    label: 'Déplacements',
    document: { facet: facetNamed('travel') },
    feed: { columns: ['conditions_particulieres'], convert: feedFacetNamed('travel') },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.conditions', sentence: 'documentSays' },
  }),
  /** What the document says of the agent's housing ("Logement de fonction"), as written. */
  housing: field({
    schema: optionalText,
    name: 'logement',
    label: 'Logement',
    document: { facet: facetNamed('housing') },
    feed: { columns: ['conditions_particulieres'], convert: feedFacetNamed('housing') },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.conditions', sentence: 'documentSays' },
  }),
  missions: field({
    schema: list,
    name: 'missions',
    label: 'Missions',
    checked: true,
    document: { parser: 'sections' },
    feed: { columns: ['mission', 'activites_principales'], convert: convert.list },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.missions', sentence: 'field', text: bullets },
    show: { page: { as: 'list' }, jsonLd: { at: 'description', value: (m) => m.join('\n') } },
  }),
  /** The "Savoir / Connaissance / Diplôme exigé" list. */
  requirements: field({
    schema: list,
    name: 'exigences',
    label: 'Profil recherché',
    checked: true,
    document: { parser: 'sections' },
    feed: { columns: ['savoir'], convert: convert.list },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.requirements', sentence: 'requirements' },
    show: {
      page: { as: 'list' },
      jsonLd: { at: 'qualifications', value: (r) => r.join('\n') },
    },
  }),
  /** The person to contact about the post: function or name, numbers and e-mail as printed. */
  contact: field({
    schema: contactSchema.nullable(),
    name: 'contact',
    label: 'Contact',
    document: { facet: facetNamed('contact') },
    feed: {
      columns: ['contact', 'contact_telephone', 'contact_email'],
      convert: feedFacetNamed('contact'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.contact', sentence: 'field', text: contactText },
    show: {
      summary: { text: contactText },
      page: { text: contactText },
      jsonLd: { at: 'applicationContact', value: contactPoint },
    },
  }),
  /** Where and how to apply: e-mail, postal or drop-off address, documents to send, web page. */
  application: field({
    schema: applicationSchema.nullable(),
    name: 'candidature',
    label: 'Candidature',
    document: { facet: facetNamed('application') },
    feed: {
      columns: ['collectivite_adresse_depot', 'collectivite_email'],
      convert: feedFacetNamed('application'),
    },
    merge: 'fill',
    texts: SHOWN_TEXT,
    ask: { intent: 'offer.apply', sentence: 'documentSays' },
    show: { summary: { text: applicationText }, page: { text: applicationText } },
  }),
  /**
   * The official document's URL: the open-data record's `url_pdf` (the PDF, which alone is
   * authoritative); null for a local document, or when the cell is no http(s) URL (never a link).
   */
  documentUrl: field({
    schema: httpUrl,
    name: 'avis officiel',
    label: 'Avis officiel',
    document: { meta: 'record' },
    feed: { columns: ['url_pdf'], convert: convert.httpUrl },
    merge: 'record',
    show: {
      summary: {},
      page: { as: 'link' },
      jsonLd: { at: 'sameAs' },
      listing: true,
    },
  }),
  /**
   * The whole document body as plain text, for questions about its content. Cleaned of
   * invisible characters before it is packed (`parseBytes`); `visibleOffer` cleans a plain one.
   */
  body: field({
    schema: z
      .string()
      .trim()
      .min(1, { error: 'corps vide' })
      .max(MAX_BODY_LENGTH, { error: `plus de ${MAX_BODY_LENGTH} caractères` }),
    name: 'texte',
    label: "Texte de l'avis",
    document: { parser: 'body' },
    merge: 'fill',
    texts: { clean: true },
    show: {
      page: { as: 'text' },
      jsonLd: {
        at: 'employmentType',
        value: (body) => {
          const types = statedEmploymentTypes(body);
          return types.length === 1 ? types[0] : types;
        },
      },
    },
  }),
  /**
   * The document's words each facet was read from, by field key (`quotes.communes`: "Lieu de
   * travail : Dumbéa"), so an answer can quote the document. Never in the JSON-LD.
   */
  quotes: field({
    schema: quotesSchema,
    name: 'citations',
    label: 'Citations du document',
    document: { meta: 'quotes' },
    merge: 'document',
    // Interned: the same lines ("Employeur : Gouvernement de la Nouvelle-Calédonie") recur across offers.
    texts: SHOWN_TEXT,
  }),
  /** The file it was read from, relative to the data folder. */
  source: field({
    schema: z.string().min(1),
    name: 'fichier',
    label: 'Fichier',
    document: { meta: 'source' },
    merge: 'document',
  }),
  /** What the parser found doubtful (scrambled layout, impossible dates...). */
  warnings: field({
    schema: z.array(z.string().max(MAX_ITEM_LENGTH)).max(MAX_LIST_ITEMS),
    name: 'avertissements',
    label: 'Avertissements',
    document: { meta: 'warnings' },
    merge: 'union',
    texts: SHOWN_TEXT,
  }),
  /**
   * Whether the offer's facts were read from its document: true for a document (a local one, or
   * a record merged with its PDF by `mergeWithDocument`); false for an offer made from the
   * record's columns alone (a feed record, or one whose PDF could not be fetched or read: the
   * sync leaves it false). Answers then send to the official document rather than say it is silent.
   */
  documentRead: field({
    schema: z.boolean(),
    name: 'document lu',
    label: 'Document lu',
    document: { meta: 'read' },
    merge: 'document',
  }),
};

/** The table's type: each field's spec with its own value type. */
export type OfferFieldTable = typeof OFFER_FIELDS;

/** A field of an offer. */
export type OfferFieldKey = keyof OfferFieldTable;

/** The table's keys, in its order. */
export const OFFER_FIELD_KEYS = Object.keys(OFFER_FIELDS) as OfferFieldKey[];

/** The zod shape of an offer, one schema per field (the `Offer` type is its output). */
export type OfferShape = { [K in OfferFieldKey]: OfferFieldTable[K]['schema'] };

/** The table's schemas as a zod object shape, in table order. */
export const OFFER_SHAPE = Object.fromEntries(
  OFFER_FIELD_KEYS.map((key) => [key, OFFER_FIELDS[key].schema]),
) as OfferShape;

/** An offer as the table types it (`offer.ts` names it `Offer`). */
export type OfferFromTable = z.output<z.ZodObject<OfferShape>>;

/**
 * A field's spec with its value type erased, for the code that walks every field alike (the
 * derived lists, the page, the JSON-LD): each entry was checked against its own type above.
 */
export function fieldSpec(key: OfferFieldKey): FieldSpec<unknown> {
  return OFFER_FIELDS[key] as unknown as FieldSpec<unknown>;
}
