import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0'], { error: 'attendu true ou false' })
  .transform((v) => v === 'true' || v === '1');
const token = (min: number) =>
  z
    .string()
    .min(min, `au moins ${min} caractères`)
    .regex(/^[\x21-\x7e]+$/, 'caractères ASCII visibles seulement (pas d’espace)');

/** Logs, metrics, admin and shutdown settings (merged into `Config`). */
export interface ObservabilitySettings {
  /** Write the users' messages in the turn logs (off by default: no personal text in the logs). */
  logUserText: boolean;
  /** Write the clients' IP addresses in the request logs (off by default). */
  logClientIp: boolean;
  /** Bearer token of `/admin/*`; null: the admin routes do not exist. */
  adminToken: string | null;
  /** Bearer token `/metrics` requires; null: open (keep the port private then). */
  metricsToken: string | null;
  /** On SIGTERM, how long requests and turns in flight may take to finish. */
  shutdownGraceMs: number;
}

/** The environment variables of {@link ObservabilitySettings} (merged into the configuration schema). */
export const observabilityEnvShape = {
  LOG_USER_TEXT: boolean.default(false),
  LOG_CLIENT_IP: boolean.default(false),
  ADMIN_TOKEN: token(24).optional(),
  METRICS_TOKEN: token(16).optional(),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int('attendu un nombre entier de millisecondes')
    .min(0)
    .max(120_000, 'au plus 120000 (2 minutes)')
    .default(10_000),
};

type ObservabilityEnv = z.infer<z.ZodObject<typeof observabilityEnvShape>>;

/** The validated variables as settings. */
export function observabilitySettings(env: ObservabilityEnv): ObservabilitySettings {
  return {
    logUserText: env.LOG_USER_TEXT,
    logClientIp: env.LOG_CLIENT_IP,
    adminToken: env.ADMIN_TOKEN ?? null,
    metricsToken: env.METRICS_TOKEN ?? null,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  };
}
