import type { Express } from 'express';
import { z } from 'zod';
import { ConversationTokens } from '../channels/conversationTokens.ts';
import { clientAddress, type SecuritySettings } from './security.ts';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const ANCESTOR = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

const list = (pattern: RegExp, what: string) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().replace(/\/$/, ''))
        .filter((s) => s !== ''),
    )
    .refine(
      (items) => items.every((s) => pattern.test(s)),
      `attendu une liste d'${what} séparées par des virgules`,
    );

const perMinute = (fallback: number) =>
  z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/**
 * `TRUST_PROXY`: `true`/`false`, a number of proxy hops (`1` behind one reverse
 * proxy), or a comma-separated list of proxy addresses/subnets; as Express takes it.
 */
export const trustProxySetting = z
  .string()
  .regex(/^[\w.:/, -]{1,500}$/, 'attendu true, false, un nombre de proxys ou des adresses')
  .transform((v): boolean | number | string =>
    v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v,
  );

/** The environment variables of the security settings (merged into the configuration schema). */
export const securityEnvShape = {
  ALLOWED_ORIGINS: list(ORIGIN, 'origines (https://exemple.nc)').optional(),
  FRAME_ANCESTORS: list(ANCESTOR, 'origines (https://exemple.nc, https://*.exemple.nc)').optional(),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(32),
  HTTP_RATE_LIMIT_PER_MINUTE: perMinute(300),
  WS_SESSION_MESSAGES_PER_MINUTE: perMinute(20),
  WS_IP_MESSAGES_PER_MINUTE: perMinute(120),
  WS_MAX_CONNECTIONS_PER_IP: perMinute(20),
};

type SecurityEnv = z.infer<z.ZodObject<typeof securityEnvShape>>;

/** The validated security variables as settings; frame ancestors default to the allowed origins. */
export function securitySettings(env: SecurityEnv): SecuritySettings {
  const allowedOrigins = env.ALLOWED_ORIGINS ?? [];
  return {
    allowedOrigins,
    frameAncestors: env.FRAME_ANCESTORS ?? allowedOrigins,
    bodyLimitBytes: env.BODY_LIMIT_KB * 1024,
    httpRateLimitPerMinute: env.HTTP_RATE_LIMIT_PER_MINUTE,
    wsSessionMessagesPerMinute: env.WS_SESSION_MESSAGES_PER_MINUTE,
    wsIpMessagesPerMinute: env.WS_IP_MESSAGES_PER_MINUTE,
    wsMaxConnectionsPerIp: env.WS_MAX_CONNECTIONS_PER_IP,
  };
}

/**
 * The web channel's security options from the configuration: signed tokens, limits, origins,
 * client address as Express sees it, and whether that address may be logged (`LOG_CLIENT_IP`).
 */
export function webChannelSecurity(
  config: SecuritySettings & {
    sessionSecret: string | null;
    logClientIp?: boolean;
    conversationTokenTtlMs?: number;
  },
  app: Express,
) {
  return {
    tokens: new ConversationTokens(config.sessionSecret, { ttlMs: config.conversationTokenTtlMs }),
    allowedOrigins: config.allowedOrigins,
    clientIp: clientAddress(app),
    logClientIp: config.logClientIp ?? false,
    limits: {
      sessionMessagesPerMinute: config.wsSessionMessagesPerMinute,
      ipMessagesPerMinute: config.wsIpMessagesPerMinute,
      maxConnectionsPerIp: config.wsMaxConnectionsPerIp,
    },
  };
}
