/**
 * The French label words of the AVP template, as a data table. Matching folds
 * case and accents (see `document.ts`), so the accented and unaccented spellings
 * below are both listed for the reader's sake; blanks and `/` are matched loosely.
 */

import { fieldSpec, OFFER_FIELD_KEYS, type OfferFieldTable } from '../fields/offerFields.ts';

/** Fields announced by a label ("Employeur : Province Sud"): those whose table entry lists labels. */
export type FieldKey = {
  [K in keyof OfferFieldTable]: OfferFieldTable[K]['document'] extends { labels: readonly string[] }
    ? K
    : never;
}[keyof OfferFieldTable];

/** Labels opening a section of the document ("Missions :", "Profil du candidat"...). */
export type SectionKey = 'missions' | 'activities' | 'requirements' | 'other';

/** The labels of each labelled field, from the table of offer fields (in its order). */
export const FIELD_LABELS = Object.fromEntries(
  OFFER_FIELD_KEYS.flatMap((key) => {
    const source = fieldSpec(key).document;
    return 'labels' in source && source.labels !== undefined ? [[key, source.labels]] : [];
  }),
) as Readonly<Record<FieldKey, readonly string[]>>;

export const SECTION_LABELS: Readonly<Record<SectionKey, readonly string[]>> = {
  missions: ['Missions', 'Mission', 'Missions principales'],
  activities: ['Activités principales', 'Activites principales', 'Activités', 'Activites'],
  requirements: [
    'Savoir / Connaissance / Diplôme exigé',
    'Savoir/ Connaissance/Diplome exige',
    'Savoirs / Connaissances / Diplômes exigés',
    'Connaissances / Diplôme exigé',
  ],
  other: [
    "Détails de l'offre",
    "Details de l'offre",
    "Caractéristiques particulières de l'emploi",
    'Caractéristiques particulières de',
    'Profil du candidat',
    'Savoir-faire',
    'Savoir faire',
    'Savoir-être',
    'Savoir être',
    'Comportement professionnel',
    'Comportements professionnels',
    'Activités secondaires',
    'Activites secondaires',
    'Contact et informations complémentaires',
    'Contact',
    'Pour répondre à cette offre',
    'Pour postuler',
    "Place dans l'organigramme",
    'Fonction du supérieur hiérarchique',
    'Unité organisationnelle',
    "Nombre d'agents encadrés",
    "Nb d'agents encadrés",
    "Nb d'agents permanents encadrés",
    'Positionnement',
    'Relations fonctionnelles',
    'Périmètre et limites du poste',
  ],
};
