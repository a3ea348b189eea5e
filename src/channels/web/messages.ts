/** Every French string the web channel itself sends (the assistant's answers excluded). */
export const WEB_MESSAGES = {
  welcome:
    "Bonjour ! Je vous renseigne sur les offres d'emploi public de Nouvelle-Calédonie. " +
    'Posez votre question, par exemple : « quels postes sont ouverts à Nouméa ? »',
  welcomeQuickReplies: ['Offres ouvertes', 'Aide'],
  badJson: "Désolé, je n'ai pas pu lire ce message. Merci de réessayer.",
  badMessage: 'Désolé, je ne comprends que les messages texte non vides.',
  tooLong: 'Votre message est trop long (500 caractères au maximum). Pouvez-vous le raccourcir ?',
  busy: 'Un instant, je réponds encore à vos messages précédents. Merci de patienter.',
  rateLimited:
    'Doucement… vous m’écrivez plus vite que je ne peux lire. Patientez quelques secondes avant votre prochain message.',
  turnError: 'Désolé, une erreur est survenue de mon côté. Pouvez-vous réessayer dans un instant ?',
  forbiddenOrigin: "Cette page n'est pas autorisée à ouvrir une conversation avec l'assistant.",
  badHandshake: 'Connexion refusée : identifiant de conversation mal formé.',
  tooManyConnections:
    'Doucement… trop de conversations sont ouvertes depuis votre adresse. Fermez un onglet ou réessayez dans une minute.',
} as const;

/** Machine-readable codes of the error frames, for the widget and the tests. */
export type WebErrorCode =
  | 'bad_json'
  | 'bad_message'
  | 'too_long'
  | 'busy'
  | 'rate_limited'
  | 'turn_failed';
