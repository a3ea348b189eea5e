import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';

describe('observability settings', () => {
  it('default to quiet logs, no admin route, open metrics and a 10 s grace', () => {
    expect(loadConfig({})).toMatchObject({
      logUserText: false,
      logClientIp: false,
      adminToken: null,
      metricsToken: null,
      shutdownGraceMs: 10_000,
    });
  });

  it('read every setting', () => {
    const config = loadConfig({
      LOG_USER_TEXT: 'true',
      LOG_CLIENT_IP: '1',
      ADMIN_TOKEN: 'a'.repeat(24),
      METRICS_TOKEN: 'm'.repeat(16),
      SHUTDOWN_GRACE_MS: '2500',
    });
    expect(config).toMatchObject({
      logUserText: true,
      logClientIp: true,
      adminToken: 'a'.repeat(24),
      metricsToken: 'm'.repeat(16),
      shutdownGraceMs: 2500,
    });
  });

  it('treat empty values as unset (a copied .env.example works)', () => {
    expect(loadConfig({ ADMIN_TOKEN: '', METRICS_TOKEN: '', SHUTDOWN_GRACE_MS: '' })).toMatchObject(
      { adminToken: null, metricsToken: null, shutdownGraceMs: 10_000 },
    );
  });

  it('name every bad setting in one French message', () => {
    expect(() =>
      loadConfig({
        LOG_USER_TEXT: 'oui',
        ADMIN_TOKEN: 'court',
        METRICS_TOKEN: 'avec des espaces dedans',
        SHUTDOWN_GRACE_MS: '1.5',
      }),
    ).toThrow(
      /Configuration invalide :\n- LOG_USER_TEXT : attendu true ou false\n- ADMIN_TOKEN : au moins 24 caractères\n- METRICS_TOKEN : caractères ASCII visibles.*\n- SHUTDOWN_GRACE_MS : attendu un nombre entier de millisecondes/s,
    );
  });

  it('bound the grace period', () => {
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '600000' })).toThrow(
      /SHUTDOWN_GRACE_MS : au plus 120000/,
    );
  });
});
