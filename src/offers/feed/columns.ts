import type { Offer } from '../offer.ts';
import * as convert from './converters.ts';
import type { Converter } from './converters.ts';

/** The offer fields the column table fills (body, source and warnings are built from the whole row). */
export type MappedField = Exclude<keyof Offer, 'body' | 'source' | 'warnings'>;

/** One line of the mapping table: which portal columns give which offer field, and how. */
export interface FeedColumnRule<K extends MappedField = MappedField> {
  field: K;
  /** Portal column names as the CSV and API v2.1 spell them; API v1 drops the `_` (see compactColumnName). */
  columns: readonly string[];
  convert: Converter<Offer[K] | null>;
}

function rule<K extends MappedField>(
  field: K,
  columns: readonly string[],
  conv: Converter<Offer[K] | null>,
): FeedColumnRule<K> {
  return { field, columns, convert: conv };
}

/**
 * Portal column(s) → offer field. Every mapped field is listed once; a field whose
 * columns are empty is null (or an empty list), never guessed.
 */
export const FEED_COLUMNS = [
  rule('reference', ['numero'], convert.reference),
  rule('title', ['libelle_poste'], convert.text),
  rule('employer', ['libelle_collectivite'], convert.text),
  rule('corps', ['libelle_corps_grade', 'libelle_corps_grade_2'], convert.alternatives),
  rule('direction', ['direction_libelle'], convert.text),
  rule('location', ['lieu_travail'], convert.text),
  rule('residence', ['duree_residence_exigee'], convert.residence),
  rule('residenceRequired', ['duree_residence_exigee'], convert.residenceRequired),
  rule('publishedOn', ['date_mis_en_ligne'], convert.portalDay),
  rule('deadline', ['date_cloture'], convert.portalDay),
  rule('deadlineNote', ['commentaire_republication'], convert.text),
  rule('previousDeadline', ['commentaire_republication'], convert.noteDay),
  rule('startDate', ['date_a_pourvoir', 'date_a_pourvoir_libelle'], convert.startDate),
  rule('respncJob', ['emploi_resp'], convert.text),
  rule('missions', ['mission', 'activites_principales'], convert.list),
  rule('requirements', ['savoir'], convert.list),
] as const satisfies readonly FeedColumnRule[];

/** Columns without which a file is not an AVP feed. */
export const REQUIRED_COLUMNS: readonly string[] = ['numero', 'libelle_poste'];

/** The record's identifier in the portal (used in `source`: `feed:<name>#<id>`). */
export const ID_COLUMN = 'id';

/** Columns whose text makes the offer's `body`, with the label written before each. */
export const BODY_COLUMNS: readonly (readonly [column: string, label: string])[] = [
  ['libelle_poste', 'Intitulé du poste'],
  ['numero', 'Référence'],
  ['libelle_collectivite', 'Employeur'],
  ['direction_libelle', 'Direction'],
  ['service_libelle', 'Service'],
  ['libelle_corps_grade', 'Corps ou cadre d’emploi'],
  ['libelle_corps_grade_2', 'Autre corps ou cadre d’emploi'],
  ['libelle_domaine', 'Domaine'],
  ['lieu_travail', 'Lieu de travail'],
  ['duree_residence_exigee', 'Durée de résidence exigée'],
  ['presentation', 'Présentation'],
  ['emploi_resp', 'Emploi RESPNC'],
  ['mission', 'Missions'],
  ['activites_principales', 'Activités principales'],
  ['activites_secondaires', 'Activités secondaires'],
  ['conditions_particulieres', 'Conditions particulières'],
  ['savoir', 'Savoir / Connaissance / Diplôme exigé'],
  ['savoir_faire', 'Savoir-faire'],
  ['comportements', 'Comportement professionnel'],
  ['commentaire_republication', 'Republication'],
  ['contact', 'Contact'],
  ['contact_telephone', 'Téléphone'],
  ['contact_email', 'Courriel'],
  ['collectivite_adresse_depot', 'Dépôt des candidatures'],
  ['collectivite_email', 'Courriel de l’employeur'],
  ['url_pdf', 'Document'],
];
