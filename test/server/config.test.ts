import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: 'data/offers', now: null, sessionSecret: null, trustProxy: false });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty settings as unset (a copied .env.example works)', () => {
    expect(loadConfig({ BOT_NOW: '', SESSION_SECRET: '' }).now).toBeNull();
  });

  it('pins the clock with BOT_NOW', () => {
    expect(loadConfig({ BOT_NOW: '2025-06-05' }).now?.toISOString()).toBe('2025-06-05T01:00:00.000Z');
  });

  it('names every bad setting in one French message', () => {
    expect(() => loadConfig({ PORT: 'abc', BOT_NOW: 'hier', SESSION_SECRET: 'court' })).toThrow(
      /Configuration invalide :\n- PORT .*\n- BOT_NOW : attendu AAAA-MM-JJ.*\n- SESSION_SECRET : au moins 32 caractères/s,
    );
  });
});
