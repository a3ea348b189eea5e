/** Every French string the messaging channels (Slack, Webex) send themselves. */
export const MESSAGING_MESSAGES = {
  turnError: 'Désolé, une erreur est survenue de mon côté. Pouvez-vous réessayer dans un instant ?',
  quickRepliesTitle: 'Vous pouvez aussi demander :',
  badSignature: 'Signature absente ou invalide.',
  badBody: 'Corps de requête vide ou JSON invalide.',
  tooLarge: 'Requête trop volumineuse.',
} as const;
