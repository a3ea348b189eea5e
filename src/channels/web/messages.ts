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
  turnError:
    'Désolé, une erreur est survenue de mon côté. Pouvez-vous réessayer dans un instant ?',
} as const;

/** Machine-readable codes of the error frames, for the widget and the tests. */
export type WebErrorCode = 'bad_json' | 'bad_message' | 'too_long' | 'busy' | 'turn_failed';
