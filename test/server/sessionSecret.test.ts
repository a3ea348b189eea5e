import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheFolder,
  resolveSessionSecret,
  SESSION_SECRET_FILE,
} from '../../src/server/sessionSecret.ts';

const CONFIGURED = 'un secret configuré de plus de trente-deux caractères';

let dir: string;
let warnings: string[];
const logger = {
  info: () => {},
  warn: (_obj: object, msg?: string) => void warnings.push(msg ?? ''),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avp-secret-'));
  warnings = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const resolve = (options: { configured?: string | null; production?: boolean; folder?: string }) =>
  resolveSessionSecret({
    configured: options.configured ?? null,
    production: options.production ?? false,
    folder: options.folder ?? dir,
    logger,
  });

describe('the session secret', () => {
  it('is generated once (64 hex characters, file mode 0600) and reused', async () => {
    const first = await resolve({});
    expect(first).toMatchObject({ source: 'generated' });
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    const file = join(dir, SESSION_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await resolve({});
    expect(again).toEqual({ secret: first.secret, source: 'file' });
    expect(warnings).toEqual([]);
  });

  it('is the same for two starts racing on an empty folder', async () => {
    const [a, b] = await Promise.all([resolve({}), resolve({})]);
    expect(a.secret).toBe(b.secret);
    expect([a.source, b.source].sort()).toEqual(['file', 'generated']);
  });

  it('is the configured one when SESSION_SECRET is set, and nothing is written', async () => {
    const cases = [false, true];
    for (const production of cases) {
      expect(await resolve({ configured: CONFIGURED, production })).toEqual({
        secret: CONFIGURED,
        source: 'env',
      });
    }
    await expect(stat(join(dir, SESSION_SECRET_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('refuses to start in production without SESSION_SECRET: one French line', async () => {
    const refusal = await resolve({ production: true }).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    const message = (refusal as Error).message;
    expect(message).toMatch(/SESSION_SECRET/);
    expect(message).toMatch(/production/);
    expect(message).not.toContain('\n');
    await expect(stat(join(dir, SESSION_SECRET_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('replaces a damaged file (too short, empty) with a fresh secret, and says so', async () => {
    for (const content of ['court', '', '\n']) {
      warnings = [];
      await writeFile(join(dir, SESSION_SECRET_FILE), content, { mode: 0o600 });
      const result = await resolve({});
      expect(result.source).toBe('generated');
      expect(result.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(await readFile(join(dir, SESSION_SECRET_FILE), 'utf8')).toBe(`${result.secret}\n`);
      expect(warnings).toHaveLength(1);
    }
  });

  it('makes a file others can read private again (0600), and keeps its secret', async () => {
    const file = join(dir, SESSION_SECRET_FILE);
    await writeFile(file, `${'a'.repeat(64)}\n`);
    await chmod(file, 0o644);
    expect(await resolve({})).toEqual({ secret: 'a'.repeat(64), source: 'file' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
  });

  it('falls back to a secret for this process when the folder cannot be written', async () => {
    await writeFile(join(dir, 'plain-file'), 'x');
    const result = await resolve({ folder: join(dir, 'plain-file', 'cache') });
    expect(result.source).toBe('process');
    expect(result.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(warnings).toHaveLength(1);
  });

  const folders: Array<[string | null, string]> = [
    [null, '.cache'],
    ['.cache/offers-parse.bin', '.cache'],
    ['/var/lib/avp/parse.bin', '/var/lib/avp'],
    ['parse.bin', '.'],
  ];
  it.each(folders)('lives next to the parse cache %s: %s', (parseCacheFile, folder) => {
    expect(cacheFolder(parseCacheFile)).toBe(folder);
  });
});
