import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: 'data/offers',
      now: null,
      sessionSecret: null,
      trustProxy: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty settings as unset (a copied .env.example works)', () => {
    expect(loadConfig({ BOT_NOW: '', SESSION_SECRET: '' }).now).toBeNull();
  });

  it('pins the clock with BOT_NOW', () => {
    expect(loadConfig({ BOT_NOW: '2025-06-05' }).now?.toISOString()).toBe(
      '2025-06-05T01:00:00.000Z',
    );
  });

  it('names every bad setting in one French message', () => {
    expect(() => loadConfig({ PORT: 'abc', BOT_NOW: 'hier', SESSION_SECRET: 'court' })).toThrow(
      /Configuration invalide :\n- PORT .*\n- BOT_NOW : attendu AAAA-MM-JJ.*\n- SESSION_SECRET : au moins 32 caractères/s,
    );
  });

  it.each([
    [{}, null],
    [{ DATE_RECOGNIZER: 'off' }, null],
    [{ DATE_RECOGNIZER: 'worker' }, { budgetMs: 250 }],
    [{ DATE_RECOGNIZER: 'worker', DATE_RECOGNIZER_BUDGET_MS: '100' }, { budgetMs: 100 }],
  ])('date recognizer %j → %j', (env, expected) => {
    expect(loadConfig(env).dateRecognizer).toEqual(expected);
  });

  it('refuses an unknown recognizer mode or budget, in French', () => {
    expect(() => loadConfig({ DATE_RECOGNIZER: 'oui', DATE_RECOGNIZER_BUDGET_MS: '5' })).toThrow(
      /DATE_RECOGNIZER .*\n- DATE_RECOGNIZER_BUDGET_MS/s,
    );
  });
});
