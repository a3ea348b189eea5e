import { z } from 'zod';

/** The environment variables of the messaging channels, spread into the server's config schema. */
export const messagingEnvShape = {
  SLACK_SIGNING_SECRET: z.string().min(16, 'au moins 16 caractères').optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xox[a-z]-\S+$/, 'attendu xoxb-…')
    .optional(),
  WEBEX_ACCESS_TOKEN: z.string().min(20, 'au moins 20 caractères').optional(),
  WEBEX_WEBHOOK_SECRET: z.string().min(16, 'au moins 16 caractères').optional(),
};

/** The messaging channels' settings; a channel is null (its route absent) unless both its values are set. */
export interface MessagingConfig {
  slack: { signingSecret: string; botToken: string } | null;
  webex: { accessToken: string; webhookSecret: string } | null;
}

type MessagingEnv = { [K in keyof typeof messagingEnvShape]?: string | undefined };

/** Builds the settings; one value of a pair without the other is refused (French message). */
export function messagingSettings(env: MessagingEnv): MessagingConfig {
  const pairs = [
    ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN'],
    ['WEBEX_ACCESS_TOKEN', 'WEBEX_WEBHOOK_SECRET'],
  ] as const;
  const half = pairs.filter(([a, b]) => (env[a] === undefined) !== (env[b] === undefined));
  if (half.length > 0) {
    const lines = half.map(
      ([a, b]) =>
        `- ${env[a] === undefined ? a : b} : obligatoire avec ${env[a] === undefined ? b : a}`,
    );
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const {
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_BOT_TOKEN: botToken,
    WEBEX_ACCESS_TOKEN: accessToken,
    WEBEX_WEBHOOK_SECRET: webhookSecret,
  } = env;
  return {
    slack:
      signingSecret !== undefined && botToken !== undefined ? { signingSecret, botToken } : null,
    webex:
      accessToken !== undefined && webhookSecret !== undefined
        ? { accessToken, webhookSecret }
        : null,
  };
}
