/**
 * The French label words of the AVP template, as a data table. Matching folds
 * case and accents (see `document.ts`), so the accented and unaccented spellings
 * below are both listed for the reader's sake; blanks and `/` are matched loosely.
 */

/** Labels introducing one value ("Employeur : Province Sud"). */
export type FieldKey =
  | 'reference'
  | 'employer'
  | 'corps'
  | 'direction'
  | 'location'
  | 'residence'
  | 'publishedOn'
  | 'deadline'
  | 'startDate'
  | 'deadlineNote'
  | 'respncJob';

/** Labels opening a section of the document ("Missions :", "Profil du candidat"...). */
export type SectionKey = 'missions' | 'activities' | 'requirements' | 'other';

export const FIELD_LABELS: Readonly<Record<FieldKey, readonly string[]>> = {
  reference: ['Référence', 'Reference', 'Réf.', 'Ref.'],
  employer: ['Employeur'],
  corps: [
    "Corps ou Cadre d'emploi /Domaine",
    'Corps ou Cadre d’emploi / Domaine',
    "Corps ou Cadre d'emploi",
    "Corps ou cadre d'emplois / Domaine",
    'Corps / Domaine',
  ],
  direction: ['Direction'],
  location: ['Lieu de travail', 'Lieu d’affectation', "Lieu d'affectation"],
  residence: ['Durée de résidence exigée', 'Duree de residence exigee', 'Durée de résidence'],
  publishedOn: [
    "Date de dépôt de l'offre",
    'Date de depot de l’offre',
    'Date de dépôt',
    'Date de publication',
  ],
  deadline: ['Date limite de candidature', 'Date limite de dépôt des candidatures', 'Date limite'],
  startDate: [
    'Poste(s) à pourvoir',
    'Postes à pourvoir',
    'Poste à pourvoir',
    'Poste a pourvoir',
    'Postes a pourvoir',
  ],
  deadlineNote: ['Modification de la date de clôture', 'Modification de la date de cloture'],
  respncJob: ['Emploi RESPNC', 'Emploi de référence RESPNC', 'Emploi RESP NC'],
};

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
