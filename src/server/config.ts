import { z } from 'zod';
import { parseClockSetting } from '../time/clock.ts';
import type { SecuritySettings } from './security.ts';
import {
  headersWithinRequest,
  httpServerEnvShape,
  httpServerSettings,
  type HttpServerSettings,
} from './httpServerConfig.ts';
import { securityEnvShape, securitySettings, trustProxySetting } from './securityConfig.ts';
import {
  observabilityEnvShape,
  observabilitySettings,
  type ObservabilitySettings,
} from './observabilityConfig.ts';
import { channelEnvShape, channelSettings, type ChannelSettings } from '../channels/channels.ts';

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting, read from the environment (see `.env.example`), validated once, frozen. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data/offers'),
  INTENTS_DIR: z.string().min(1).default('intents'),
  BOT_NOW: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || !Number.isNaN(safeClock(v)),
      'attendu AAAA-MM-JJ ou un horodatage ISO',
    ),
  SESSION_SECRET: z.string().min(32, 'au moins 32 caractères').optional(),
  CONVERSATION_TOKEN_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(12 * 60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: trustProxySetting.default(false),
  WATCH_DATA: boolean.default(true),
  PARSE_CACHE_FILE: z.string().optional(),
  FEED_SOURCE: z.string().optional(),
  FEED_INTERVAL_MINUTES: z.coerce.number().min(0.05).max(1440).default(60), // 0.05: 3 s, for tests
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'attendu redis://hôte:port')
    .optional(),
  STATE_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(60),
  STATE_MAX_CONVERSATIONS: z.coerce.number().int().min(100).max(10_000_000).default(10_000),
  DATE_RECOGNIZER: z.enum(['off', 'worker']).default('off'),
  DATE_RECOGNIZER_BUDGET_MS: z.coerce.number().int().min(20).max(5_000).default(250),
  ...securityEnvShape,
  ...observabilityEnvShape,
  ...channelEnvShape,
  ...httpServerEnvShape,
});
const CheckedConfigSchema = ConfigSchema.refine(headersWithinRequest.check, headersWithinRequest);

function safeClock(value: string): number {
  try {
    return parseClockSetting(value).getTime();
  } catch {
    return Number.NaN;
  }
}

/** Every setting; the security ones (origins, CSP frame ancestors, body and rate limits) come from `SecuritySettings`. */
export interface Config extends SecuritySettings, ObservabilitySettings, HttpServerSettings {
  /** Each channel's settings, from the channel table; null when the channel is off. */
  channels: ChannelSettings;
  port: number;
  host: string;
  dataDir: string;
  intentsDir: string;
  /** The pinned clock's instant, when `BOT_NOW` is set. */
  now: Date | null;
  /** Signs conversation tokens; random per process when unset (tokens then die with the process). */
  sessionSecret: string | null;
  /** How long a conversation token is accepted after its issue (wall clock). */
  conversationTokenTtlMs: number;
  logLevel: string;
  /** Express `trust proxy`: boolean, hop count, or proxy addresses. */
  trustProxy: boolean | number | string;
  /** Reload the catalog when files of `dataDir` change. */
  watchData: boolean;
  /** Where parsed offers are kept between runs; null: in memory only. */
  parseCacheFile: string | null;
  /** The open-data export (file or http(s) URL) merged with the documents; null = documents only. */
  feedSource: string | null;
  feedIntervalMs: number;
  /** Redis shared by several instances for conversation states; null = bounded memory. */
  redisUrl: string | null;
  stateTtlMs: number;
  stateMaxConversations: number;
  /**
   * Microsoft's recognizer for the rare date forms the French layer leaves, in a worker thread
   * under this budget per question (`DATE_RECOGNIZER=worker`); null (the default): French layer only.
   */
  dateRecognizer: { budgetMs: number } | null;
}

/** Reads and validates the configuration; throws one French line per bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = CheckedConfigSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    intentsDir: c.INTENTS_DIR,
    now: c.BOT_NOW ? parseClockSetting(c.BOT_NOW) : null,
    sessionSecret: c.SESSION_SECRET ?? null,
    conversationTokenTtlMs: c.CONVERSATION_TOKEN_TTL_MINUTES * 60_000,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    watchData: c.WATCH_DATA,
    parseCacheFile: c.PARSE_CACHE_FILE ?? null,
    feedSource: c.FEED_SOURCE ?? null,
    feedIntervalMs: c.FEED_INTERVAL_MINUTES * 60_000,
    redisUrl: c.REDIS_URL ?? null,
    stateTtlMs: c.STATE_TTL_MINUTES * 60_000,
    stateMaxConversations: c.STATE_MAX_CONVERSATIONS,
    dateRecognizer:
      c.DATE_RECOGNIZER === 'worker' ? { budgetMs: c.DATE_RECOGNIZER_BUDGET_MS } : null,
    ...securitySettings(c),
    ...observabilitySettings(c),
    channels: channelSettings(c),
    ...httpServerSettings(c),
  });
}
