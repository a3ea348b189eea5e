/** What the HTTP layer says when it refuses a request: short, polite, French, never internal. */
export const securityMessages = {
  badRequest: 'Requête invalide.',
  tooLarge: 'Requête trop volumineuse.',
  lengthRequired: 'Requête refusée : la taille du contenu doit être annoncée (Content-Length).',
  unsupportedType: 'Type de contenu non pris en charge.',
  tooManyRequests:
    'Doucement… vous avez envoyé beaucoup de requêtes en peu de temps. Merci de réessayer dans une minute.',
  internal: 'Une erreur interne est survenue. Réessayez dans un instant.',
} as const;
