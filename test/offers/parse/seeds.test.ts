import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../../src/offers/offer.ts';
import { parseOfferDocument } from '../../../src/offers/parse/index.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data', 'offers');

/** Every field of the five seed documents, body apart (checked below). */
const SEEDS: Array<{ file: string; expected: Omit<Offer, 'body'> }> = [
  {
    file: '3134-24-2014-SR.txt',
    expected: {
      reference: '3134-24-2014/SR',
      title: 'Chargé(e) des relations au public',
      employer: 'Province Sud',
      corps: 'Adjoint administratif',
      direction: 'Direction des Affaires Juridiques et Institutionnelles',
      location: 'Nouméa',
      residence: { text: 'au moins égale à 10 ans', years: 10 },
      residenceRequired: true,
      publishedOn: '2024-12-27',
      deadline: '2025-01-17',
      deadlineNote: null,
      previousDeadline: null,
      startDate: '1er janvier 2025',
      respncJob: "Chargé d'accueil",
      missions: [
        "d'accueillir les usagers selon les pratiques professionnelles appropriées et en adaptant son intervention aux différents publics et situations avec courtoisie ;",
        "d'assurer un rôle de filtre entre les usagers et les services du CAPS et du CAPS 2 ;",
        "de renseigner les usagers sur l'organisation et le fonctionnement de la collectivité et les orienter vers les services métiers adéquats au besoin ;",
        "d'assurer le suivi de l’accueil des usagers depuis l’application ALOHA ;",
        'de diffuser la documentation provinciale sur les supports dédiés à l’accueil du CAPS et du CAPS 2, de veiller à son actualisation et de participer à sa diversification en collaboration avec les directions provinciales ;',
        "de réagir avec pertinence aux situations d'urgence en respectant notamment les procédures relatives à la sécurité.",
        "de réceptionner ou d'enregistrer, d'identifier et de traiter les demandes selon leur niveau de priorité depuis l’application ALOHA ;",
      ],
      requirements: [],
      source: '3134-24-2014-SR.txt',
      warnings: [],
    },
  },
  {
    file: '3134-25-0648-SR.txt',
    expected: {
      reference: '3134-25-0648/SR',
      title: 'Conseiller(e) en insertion socioprofessionnelle',
      employer: 'Province Nord',
      corps: 'Rédacteur',
      direction:
        'Direction de l’Enseignement, de la Formation, de l’Insertion et de la Jeunesse (DEFIJ)',
      location: 'Hienghène',
      residence: null,
      residenceRequired: false,
      publishedOn: '2025-04-25',
      deadline: '2025-05-16',
      deadlineNote: null,
      previousDeadline: null,
      startDate: 'dès que possible',
      respncJob: 'Conseiller en insertion',
      missions: [
        "Placé(e) sous l'autorité de la cheffe de service du Pôle Formation et Insertion, le ou la conseiller(e) en Insertion Socioprofessionnelle sera chargé de la mise en œuvre et du déploiement de la politique d’insertion sociale et professionnelle de la province Nord. L’agent sera basé sur Hienghène et devra couvrir certaines communes des Entité territoriale homogène (ETH) Grand Nord et Côte Océanienne : Ouégoa, Pweevo (Pouébo), Hienghène et Tuo Cèmuhî (Touho).",
        'Accueillir les publics (accueil physique, téléphonique, numérique)',
        'Informer et orienter les usagers en entretiens individuels et/ou collectifs',
        'Accompagner, à court ou long terme, les parcours d’insertion sociale et professionnelle des usagers en fonction des situations et des besoins',
        'Proposer des solutions adaptées en fonction des situations des usagers',
        'Collaborer avec les partenaires (secteurs privé et public) sur ses ETH et sur l’ensemble du territoire de la Province Nord',
        'Proposer et concevoir des dispositifs en fonction des besoins des publics',
        'Animer tous types de réunions à destination des usagers et des partenaires',
        'Participer à la campagne d’identification des besoins en formation du Pôle',
        'Participer aux évènementiels de la collectivité, de la direction et/ou des partenaires',
      ],
      requirements: [],
      source: '3134-25-0648-SR.txt',
      warnings: [],
    },
  },
  {
    file: '3134-25-0699-SR.txt',
    expected: {
      reference: '3134-25-0699/SR',
      title: 'Chargé de la gestion des commissions',
      employer: 'Province Sud',
      corps: 'Rédacteur',
      direction: "Direction de l'Emploi et du Logement",
      location: 'Nouméa',
      residence: null,
      residenceRequired: false,
      publishedOn: '2025-05-16',
      deadline: '2025-06-06',
      deadlineNote: null,
      previousDeadline: null,
      startDate: null,
      respncJob: 'Assistant administratif',
      missions: [
        'de préparer les séances des différentes instances de concertation (élaborer les plannings, réserver les salles, rédiger et envoyer les invitations, préparer et envoyer les dossiers, mettre en forme et diffuser les comptes rendus),',
        'de mettre à jour le logiciel d’action sociale pour le traitement des instances,',
        'de traiter les suites des commissions d’attribution d’aide (édition des aides, information aux fournisseurs, etc.),',
        'de mettre à jour les bases de données servant à la rédaction des rapports d’activité,',
        "d'apporter un soutien administratif sur les dispositifs innovants en matière d’emploi et pour la préparation des activités collectives menées par les travailleurs.",
      ],
      requirements: [],
      source: '3134-25-0699-SR.txt',
      warnings: [],
    },
  },
  {
    file: '3134-25-0833-SR.txt',
    expected: {
      reference: '3134-25-0833/SR',
      title: "Chargé(e) de relation à l'usager",
      employer: 'Province Sud',
      corps: 'Adjoint administratif',
      direction: "Direction de l'Emploi et du Logement",
      location: 'Dumbéa',
      residence: { text: 'au moins égale à 10 ans', years: 10 },
      residenceRequired: true,
      publishedOn: '2025-06-06',
      deadline: '2025-06-27',
      deadlineNote: null,
      previousDeadline: null,
      startDate: 'Immédiatement',
      respncJob: "Chargé d'accueil",
      missions: [
        "d'assurer l'accueil physique et téléphonique des usagers et de traiter les demandes d’informations en ligne,",
        "d'informer et d'orienter les usagers en fonction de leurs besoins et leurs demandes,",
        "d'aider les usagers dans la préparation et la vérification de leurs documents, de remettre les dossiers et d'expliquer les démarches,",
        "d'accompagner les démarches en ligne au sein de l'espace numérique pour le remplissage des formulaires et autres démarches numériques,",
        'de mettre à jour les dossiers avec les pièces justificatives et les informations nécessaires,',
        'de renseigner sur l’organisation et le fonctionnement de la direction, d’assurer la primo-information sur les dispositifs emploi et logement selon les techniques d’accueil appropriées et en délivrant une information claire,',
        "de préparer et d'afficher quotidiennement la liste des offres d’emploi disponibles,",
        'de gérer l’espace affichage et de maintenir à jour la documentation nécessaire,',
        'de participer aux réunions d’équipe.',
      ],
      requirements: [
        'Etre titulaire d’un baccalauréat ou d’un niveau équivalent',
        "Connaître les techniques d'accueil et les différents canaux de communication : physique, téléphonique, numérique",
        'Maîtriser l’expression orale et écrite, et la langue française',
        "Connaître les techniques de l'écoute active",
      ],
      source: '3134-25-0833-SR.txt',
      warnings: [],
    },
  },
  {
    file: '3134-25-0977-SR.txt',
    expected: {
      reference: '3134-25-0977/SR',
      title: 'Travailleur social',
      employer: 'Province Sud',
      corps:
        'Assistant socio-éducatif - spécialité conseiller en économie sociale et familiale - ou assistant de service social',
      direction: null,
      location: 'Nouméa',
      residence: { text: 'au moins égale à 5 ans', years: 5 },
      residenceRequired: true,
      publishedOn: '2025-06-27',
      deadline: '2025-08-08',
      deadlineNote: 'Modification de la date de clôture initialement prévue le 18/07/2025',
      previousDeadline: '2025-07-18',
      startDate: "Susceptible d'être vacant",
      respncJob: 'Travailleur social',
      missions: [
        "d'accueillir, d'informer et d'orienter les usagers/clients relevant des dispositifs coordonnés par la province Sud,",
        'de réaliser des évaluations sociales permettant de recueillir les données socio-économiques de chaque situation pour poser un diagnostic,',
        'de proposer des solutions adaptées aux besoins,',
        'de rédiger des comptes rendus relatifs aux observations et aux interventions (points de situations, événements, enquêtes, notes sociales) dans les applications dédiées,',
        "de créer et d'instruire les dossiers de demande d’aide,",
        "d'assurer un rôle de médiateur auprès de divers organismes,",
        "d'élaborer, d'animer et de faire le bilan d’actions collectives de prévention dans les domaines de la vie quotidienne et de la gestion locative.",
        "d'assurer la continuité de service en s’inscrivant dans une démarche de polyvalence entre les travailleurs sociaux,",
        "d'accueillir, d'encadrer et d'accompagner des stagiaires,",
        'de contribuer aux réflexions et aux projets portés par la direction en charge du logement, dans son domaine de compétence.',
      ],
      requirements: [],
      source: '3134-25-0977-SR.txt',
      warnings: [],
    },
  },
];

describe('parseOfferDocument on the seed offers', () => {
  it.each(SEEDS)('$file', ({ file, expected }) => {
    const text = readFileSync(join(DATA, file), 'utf8');
    const { body, ...offer } = parseOfferDocument(text, file);
    expect(offer).toEqual(expected);
    // The seeds only use `# ` headings: the body is the text without them.
    expect(body).toBe(text.replace(/^# /gm, '').trim());
  });
});
