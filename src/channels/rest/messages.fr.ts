/** What the HTTP API says when a request is refused (short, French, no internals). */
export const restMessages = {
  invalidJson: 'Requête invalide : le corps doit être un JSON valide.',
  tooLarge: 'Requête trop volumineuse.',
  missingText: 'Le champ « text » est obligatoire et ne doit pas être vide.',
  textTooLong: (max: number) => `Message trop long : ${max} caractères au maximum.`,
  invalidFeedback:
    'Le corps doit contenir « conversation », « answerId » et « vote » (up ou down).',
  unknownAnswer: 'Réponse inconnue ou expirée pour cette conversation.',
  notFound: 'Ressource introuvable.',
  methodNotAllowed: (allow: string) =>
    `Méthode non prise en charge ici (méthodes acceptées : ${allow}).`,
  unsupportedType:
    'Type de contenu non pris en charge : envoyez du JSON (Content-Type: application/json).',
  unauthorized: 'Jeton d’accès manquant ou invalide.',
  internal: 'Une erreur interne est survenue. Réessayez dans un instant.',
} as const;
