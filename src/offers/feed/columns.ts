import { fieldSpec, OFFER_FIELD_KEYS } from '../fields/offerFields.ts';
import type { Offer } from '../offer.ts';
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

/**
 * Portal column(s) → offer field, from the table of offer fields (each field's `feed`, in table
 * order). A field whose columns are empty is null (or an empty list), never guessed.
 */
export const FEED_COLUMNS: readonly FeedColumnRule[] = OFFER_FIELD_KEYS.flatMap((key) => {
  const spec = fieldSpec(key);
  return spec.feed === undefined || key === 'body' || key === 'source' || key === 'warnings'
    ? []
    : [{ field: key, columns: spec.feed.columns, convert: spec.feed.convert } as FeedColumnRule];
});

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
