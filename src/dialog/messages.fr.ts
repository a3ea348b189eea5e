/**
 * Every French sentence the assistant says, in one place (templates).
 * Handlers choose and fill them; channels never add words of their own.
 */
import { formatLongDate, formatMediumDate, formatShortDate } from '../time/noumea.ts';

const day = formatLongDate;

/** A duration in years as said: "3 ans", "1 an", "9 ans et demi". */
function residenceYears(years: number): string {
  const whole = Math.floor(years);
  const unit = whole > 1 ? 'ans' : 'an';
  return years > whole ? `${whole} ${unit} et demi` : `${whole} ${unit}`;
}

export const messages = {
  greeting:
    "Bonjour ! Je réponds à vos questions sur les offres d'emploi public de Nouvelle-Calédonie : " +
    'offres ouvertes, date limite, diplôme demandé…',
  thanks: 'Avec plaisir ! Une autre question sur les offres ?',
  goodbye: 'Au revoir, et bonne recherche !',
  /** The help, with questions taken from the catalog being served (`helpExamples`). */
  help: (examples: readonly string[]) =>
    [
      'Je connais les avis de vacance de poste publiés. Vous pouvez me demander par exemple :',
      ...examples.map((example) => `• « ${example} »`),
    ].join('\n'),
  exampleOpenIn: (commune: string) => `quels postes sont ouverts à ${commune} ?`,
  exampleClosedIn: (commune: string) => `quelles offres sont closes à ${commune} ?`,
  exampleOpenOffers: 'quelles offres sont ouvertes ?',
  exampleClosedOffers: 'quelles offres sont closes ?',
  exampleDeadline: (title: string) => `quelle est la date limite pour le poste de ${title} ?`,
  exampleDiploma: (reference: string) => `quel diplôme faut-il pour l'offre ${reference} ?`,
  fallback:
    "Je n'ai pas compris votre question. Je peux lister les offres ouvertes (par commune ou province), " +
    "donner la date limite d'une offre ou le diplôme demandé.",
  outOfScope:
    "Je ne réponds qu'aux questions sur les offres d'emploi public de Nouvelle-Calédonie : " +
    'offres ouvertes, dates limites, diplômes demandés.',

  listHeading: (
    count: number,
    status: 'open' | 'closed' | 'any',
    filters: string,
    today: string,
    job = '',
  ) => {
    const plural = count > 1 ? 's' : '';
    const state =
      status === 'open'
        ? `ouverte${plural}`
        : status === 'closed'
          ? `close${plural}`
          : `publiée${plural}`;
    return `${count} offre${plural}${job} ${state}${filters}${status === 'open' ? ` ce ${day(today)}` : ''} :`;
  },
  listNone: (status: 'open' | 'closed' | 'any', filters: string, today: string, job = '') => {
    const state = status === 'open' ? 'ouverte' : status === 'closed' ? 'close' : 'publiée';
    return `Aucune offre${job} ${state}${filters}${status === 'open' ? ` ce ${day(today)}` : ''}.`;
  },
  /** The kinds of job of a listing, after "offre": " de chauffeur", " de comptable ou de secrétaire". */
  ofJob: (labels: readonly string[]) =>
    labels.length === 0 ? '' : ` de ${labels.join(' ou de ')}`,
  placeCommune: (name: string, excluded: boolean) => (excluded ? ` hors de ${name}` : ` à ${name}`),
  placeQuarter: (quarter: string, commune: string, excluded: boolean) =>
    excluded ? ` hors de ${quarter} (${commune})` : ` à ${quarter} (${commune})`,
  placeArea: (name: string, excluded: boolean) =>
    excluded ? ` hors du ${name}` : ` dans le ${name}`,
  placeProvince: (name: string, excluded: boolean) =>
    excluded ? ` hors de la ${name}` : ` en ${name}`,
  /** A direction ("à la direction des télécommunications") or a service (« Section Marketing »). */
  unit: (kind: 'direction' | 'service', name: string, excluded: boolean) => {
    const named =
      kind === 'direction' ? `la ${name.charAt(0).toLowerCase()}${name.slice(1)}` : `« ${name} »`;
    return excluded
      ? ` hors de ${named}`
      : kind === 'direction'
        ? ` à ${named}`
        : ` au sein de ${named}`;
  },
  ofCorps: (names: readonly string[]) => ` (corps : ${names.join(' ou ')})`,
  listMore: (hidden: number) =>
    `… et ${hidden} autre${hidden > 1 ? 's' : ''} : « Voir plus » pour la suite, ou précisez une commune ou un métier pour affiner.`,
  /** The next offers of a listing ("voir plus"). */
  listNext: (from: number, to: number, total: number) => `Offres ${from} à ${to} sur ${total} :`,
  listAllShown: (total: number) =>
    `Je vous ai montré toutes les offres de la dernière liste (${total}) : il n'y en a pas d'autre.`,
  /** A listing longer than the conversation remembers: the rest is reached by narrowing it. */
  listNotKept: (hidden: number) =>
    `Les ${hidden} autres ne sont pas gardées en mémoire : précisez une commune ou un métier pour les voir.`,
  listNoneToContinue:
    "Il n'y a pas de liste en cours à poursuivre : demandez par exemple « offres ouvertes ».",
  suggestOpen: 'Offres ouvertes en ce moment :',
  suggestLatest: "Aucune offre n'est ouverte en ce moment ; voici les dernières publiées :",
  catalogEmpty: "Aucune offre n'est chargée pour le moment.",
  inPlace: (name: string) => ` à ${name}`,
  atEmployer: (name: string) => ` chez ${name}`,
  aboutWords: (words: string) => ` pour « ${words} »`,
  window: (byDeadline: boolean, span: string) =>
    span === '' ? '' : ` (${byDeadline ? 'clôture' : 'publication'} ${span})`,
  spanOn: (date: string) => `le ${date}`,
  openOnDay: (date: string) => ` (ouvertes le ${date})`,
  spanBetween: (from: string, to: string) => `entre le ${from} et le ${to}`,
  spanUntil: (date: string) => `jusqu'au ${date}`,
  spanFrom: (date: string) => `à partir du ${date}`,
  inProvince: (name: string) => ` en ${name}`,

  offerLine: (
    index: number,
    title: string,
    place: string | null,
    deadline: string | null,
    reference: string,
    publishedOn: string | null = null,
  ) =>
    `${index}. ${title}${place ? ` — ${place}` : ''}${publishedOn ? ` — publiée le ${formatMediumDate(publishedOn)}` : ''}${deadline ? ` — jusqu'au ${formatMediumDate(deadline)}` : ''} (réf. ${reference})`,
  offerName: (title: string, reference: string) => `« ${title} » (réf. ${reference})`,

  /** How to reach an employer's human resources, from its offers' application blocks. */
  contactHumanResources: (
    employer: string,
    email: string | null,
    address: string | null,
    reference: string,
  ) =>
    `Les ressources humaines de ${employer} reçoivent les candidatures` +
    `${email === null ? '' : ` par courriel à ${email}`}` +
    `${email !== null && address !== null ? ' ou' : ''}` +
    `${address === null ? '' : ` par courrier ou dépôt : ${address}`}` +
    ` (d'après ses offres, par exemple la ${reference}).`,
  contactNameOffer:
    "Pour parler d'un poste, nommez l'offre (son intitulé ou sa référence) : je vous donne la " +
    'personne à contacter que son document indique.',
  contactNoHumanResources:
    "Les documents des offres servies n'indiquent pas de contact des ressources humaines.",
  whichOffer:
    'De quelle offre parlez-vous ? Donnez son intitulé ou sa référence (par exemple 3134-25-0833/SR).',
  severalOffers: (count: number) => `${count} offres correspondent. Laquelle vous intéresse ?`,
  unknownReference: (reference: string) => `Je ne trouve pas d'offre de référence ${reference}.`,
  documentElsewhere: 'Ailleurs, le document dit :',
  salaryUnstated: (name: string) =>
    `Le document de ${name} n'indique pas la rémunération : elle suit la grille du corps ou du cadre d'emplois. Demandez-la au contact de l'offre.`,
  sortAmongPublished: "Aucune offre n'est ouverte ce jour-là ; parmi toutes les offres publiées :",
  noneOfList: (count: number) =>
    count === 2
      ? 'Aucune des deux offres ne le précise :'
      : `Aucune des ${count} offres de la liste ne le précise :`,
  rankBeyond: (rank: number, listed: number) =>
    `La dernière liste ne compte que ${listed} offre${listed > 1 ? 's' : ''} : il n'y a pas de ${rank}e. Laquelle vous intéresse ?`,
  noOfferMatches: "Je ne trouve pas d'offre qui corresponde à ce poste.",

  sorted: (label: string, name: string, byDeadline: boolean, date: string, among: number) =>
    `Parmi ${among} offre${among > 1 ? 's' : ''}, celle qui ${byDeadline ? label : `est ${label}`} : ${name}, ${byDeadline ? 'clôture le' : 'publiée le'} ${date}.`,

  sortLabels: {
    deadline: { asc: 'ferme le plus tôt', desc: 'ferme le plus tard' },
    publishedOn: { asc: 'a été publiée la première', desc: 'a été publiée la dernière' },
    residence: {
      asc: 'exige la plus courte durée de résidence',
      desc: 'exige la plus longue durée de résidence',
    },
    teamDirect: {
      asc: "encadre le moins d'agents en direct",
      desc: "encadre le plus d'agents en direct",
    },
    teamIndirect: {
      asc: "encadre le moins d'agents indirectement",
      desc: "encadre le plus d'agents indirectement",
    },
    teamTotal: { asc: "encadre le moins d'agents", desc: "encadre le plus d'agents" },
    positions: { asc: 'a le moins de postes à pourvoir', desc: 'a le plus de postes à pourvoir' },
  },
  sortFacets: {
    deadline: 'la date limite',
    publishedOn: 'la date de publication',
    residence: 'la durée de résidence exigée',
    teamDirect: "le nombre d'agents encadrés en direct",
    teamIndirect: "le nombre d'agents encadrés indirectement",
    teamTotal: "le nombre d'agents encadrés",
    positions: 'le nombre de postes à pourvoir',
  },
  sortValues: {
    deadline: (v: string | number) => `clôture le ${day(String(v))}`,
    publishedOn: (v: string | number) => `publiée le ${day(String(v))}`,
    residence: (v: string | number) =>
      v === 0 ? 'aucune durée de résidence exigée' : `${v} ans de résidence exigés`,
    teamDirect: (v: string | number) =>
      `${v} agent${Number(v) > 1 ? 's' : ''} encadré${Number(v) > 1 ? 's' : ''} en direct`,
    teamIndirect: (v: string | number) =>
      `${v} agent${Number(v) > 1 ? 's' : ''} encadré${Number(v) > 1 ? 's' : ''} indirectement`,
    teamTotal: (v: string | number) =>
      `${v} agent${Number(v) > 1 ? 's' : ''} encadré${Number(v) > 1 ? 's' : ''} en tout`,
    positions: (v: string | number) => `${v} poste${Number(v) > 1 ? 's' : ''} à pourvoir`,
  },
  teamParts: (direct: number | null, indirect: number | null) =>
    ` (${direct ?? 'non précisé'} en direct, ${indirect ?? 'non précisé'} indirectement)`,
  sortWinner: (among: number, label: string, name: string, value: string) =>
    `Parmi ${among} offre${among > 1 ? 's' : ''}, celle qui ${label} : ${name}, ${value}.`,
  sortTied: (among: number, label: string, tied: number, value: string) =>
    `Parmi ${among} offres, ${tied} sont à égalité pour celle qui ${label} (${value}) :`,
  sortTiedName: (name: string) => `• ${name}`,
  sortRankedHeading: 'Le classement :',
  sortRankedLine: (index: number, name: string, value: string) => `${index}. ${name} — ${value}`,
  sortUnknown: (facet: string, names: readonly string[]) =>
    `Le document ne précise pas ${facet} pour : ${names.join(', ')}.`,
  sortNoneKnown: (facet: string, among: number) =>
    `Aucune des ${among} offres comparées ne précise ${facet} : je ne peux pas les classer.`,

  missionsCount: (count: number) =>
    `${count} mission${count > 1 ? 's' : ''} décrite${count > 1 ? 's' : ''} : demandez « missions » pour les voir.`,
  deadlineIs: (date: string) => `La date limite est le ${date}.`,
  deadlineWasMoved: (name: string, previous: string, now: string) =>
    `Oui : la date limite de ${name} a été modifiée. Initialement prévue le ${previous}, elle est maintenant le ${now}.`,
  deadlineNotMoved: (name: string, now: string) =>
    `Le document de ${name} n'indique aucune modification : la date limite est le ${now}.`,
  conditionsWhich: (name: string) =>
    `Que voulez-vous savoir sur ${name} ? Par exemple : permis, logement, horaires, déplacements.`,
  documentSays: (name: string, topic: string) => `Sur ${topic}, le document de ${name} dit :`,
  documentSilent: (name: string, topic: string) =>
    `Le document de ${name} ne dit rien sur ${topic}. Renseignez-vous auprès de l'employeur.`,
  conditionSaid: (topic: string, quote: string) => `Sur ${topic} : « ${quote} »`,
  conditionsSilent: (topics: readonly string[]) => `Il ne dit rien sur ${topics.join(' ni sur ')}.`,
  applyHow: (name: string) => `Pour postuler à ${name} :`,
  applyBlock: (name: string) => `Pour postuler à ${name}, le document dit :`,
  applyEmail: (email: string) => `• par courriel à ${email}`,
  applyAddress: (address: string) => `• par courrier ou dépôt : ${address}`,
  applyUrl: (url: string) => `• en ligne : ${url}`,
  applyDocuments: 'Pièces à joindre :',
  applyUnknown: (name: string) =>
    `Le document de ${name} ne précise pas comment postuler : consultez l'avis officiel sur le site de la DRHFPNC, avec sa référence.`,

  residenceNoneValue: 'aucune (le document indique « / »)',
  residenceSilent: (name: string) =>
    `Le document de ${name} ne précise pas de durée de résidence exigée : vérifiez l'avis officiel.`,
  residenceNone: (name: string) =>
    `${name} n'exige aucune durée de résidence : vous pouvez postuler.`,
  residenceText: (name: string, text: string) =>
    `Durée de résidence exigée pour ${name} : ${text}.`,
  residenceAsk: (name: string, years: number) =>
    `${name} exige au moins ${years} ans de résidence en Nouvelle-Calédonie. Depuis combien d'années y résidez-vous ?`,
  residenceEnough: (name: string, has: number, years: number) =>
    `Oui : avec ${residenceYears(has)} de résidence, vous atteignez les ${years} ans exigés pour ${name}.`,
  residenceShort: (name: string, has: number, years: number) =>
    `Avec ${residenceYears(has)} de résidence, vous n'atteignez pas les ${years} ans exigés pour ${name}. Vous pouvez tout de même postuler, mais vous ne serez pas prioritaire.`,
  residenceRequiredCount: (count: number, among: number) =>
    count === 0
      ? `Aucune des ${among} offres n'exige de durée de résidence.`
      : `${count} offre${count > 1 ? 's' : ''} sur ${among} exige${count > 1 ? 'nt' : ''} une durée de résidence :`,
  residenceEligibleCount: (count: number, among: number, has: number) =>
    count === 0
      ? `Aucune des ${among} offres n'est à votre portée avec ${residenceYears(has)} de résidence.`
      : `${count} offre${count > 1 ? 's' : ''} sur ${among} n'exige${count > 1 ? 'nt' : ''} pas plus que vos ${residenceYears(has)} de résidence :`,
  residenceRequiredLine: (index: number, name: string, required: string) =>
    `${index}. ${name} — ${required}`,
  residenceRequiredNone: 'aucune durée exigée',
  residenceRequiredYears: (years: number) => `${years} ans exigés`,
  residenceLonger: 'Exigent une durée plus longue :',
  residenceLongerLine: (name: string, required: string) => `• ${name} — ${required}`,
  residenceUnstated: (names: readonly string[]) =>
    `Le document ne précise pas la durée de résidence pour : ${names.join(', ')}.`,
  residenceMeaning:
    'À diplômes et compétences équivalents, les citoyens de la Nouvelle-Calédonie et les candidats justifiant de cette durée sont prioritaires pour le recrutement sur titre.',

  glossaryUnknown:
    'Je peux expliquer ces termes des offres : AVP, corps, grade, catégorie, recrutement sur titre, durée de résidence exigée, emploi RESPNC, poste à pourvoir, contractuel.',
  glossaryExamples: [
    "C'est quoi un corps ?",
    'Recrutement sur titre ?',
    'Durée de résidence exigée ?',
  ],

  closedSince: (deadline: string) => `Cette offre est close depuis le ${day(deadline)}.`,

  deadline: (name: string, deadline: string, open: boolean) =>
    open
      ? `La date limite de candidature pour ${name} est le ${day(deadline)}.`
      : `La date limite de candidature pour ${name} était le ${day(deadline)} : l'offre est close.`,
  deadlineMoved: (previous: string) =>
    `Elle a été modifiée : la clôture était initialement prévue le ${formatShortDate(previous)}.`,
  deadlineNote: (note: string) => `Le document précise : « ${note} ».`,
  deadlineUnknown: (name: string) =>
    `Le document de ${name} ne donne pas de date limite de candidature.`,

  requirements: (name: string) =>
    `Profil demandé pour ${name} (savoir, connaissances, diplôme exigé) :`,
  requirementsNone: (name: string) =>
    `Le document de ${name} ne précise ni diplôme ni connaissances exigés. Vérifiez l'avis officiel ou contactez l'employeur.`,

  silentWithNotice: (sentence: string, url: string) => `${sentence} ; l'avis officiel : ${url}`,
  detailsInNotice: (name: string, url: string) =>
    `Les données ouvertes de ${name} ne donnent pas ce détail : il est dans l'avis officiel, ${url}`,

  field: (label: string, name: string, value: string) => `${label} de ${name} : ${value}.`,
  fieldMore: (label: string, value: string) => `${label} : ${value}.`,
  fieldNone: (label: string, name: string) =>
    `Le document de ${name} ne précise pas : ${label.toLowerCase()}.`,

  quick: {
    openOffers: 'Offres ouvertes',
    help: 'Aide',
    more: 'Voir plus',
    deadline: 'Date limite',
    requirements: 'Diplôme demandé',
    missions: 'Missions',
    apply: 'Comment postuler ?',
  },
} as const;
