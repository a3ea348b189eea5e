import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The file, in the cache folder, that keeps the generated secret between restarts. */
export const SESSION_SECRET_FILE = 'session-secret';

/** The cache folder when no `PARSE_CACHE_FILE` names one (the one the README suggests). */
const DEFAULT_CACHE_FOLDER = '.cache';

/** A kept secret shorter than this is damaged (SESSION_SECRET's own minimum). */
const MIN_SECRET_CHARS = 32;

/** Said, in one line, when a production start has no `SESSION_SECRET`. */
export const MISSING_SECRET_IN_PRODUCTION =
  'Démarrage refusé : SESSION_SECRET est obligatoire en production (NODE_ENV=production), ' +
  'au moins 32 caractères, le même pour toutes les instances.';

/** Where a secret came from: the environment, the cache file, made now (and kept), or for this process only. */
export type SecretSource = 'env' | 'file' | 'generated' | 'process';

interface SecretLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** The cache folder: the parse cache's folder when there is one, else `.cache`. */
export function cacheFolder(parseCacheFile: string | null): string {
  return parseCacheFile === null ? DEFAULT_CACHE_FOLDER : dirname(parseCacheFile);
}

const fresh = () => randomBytes(32).toString('hex');

/**
 * The secret that signs conversation tokens. `SESSION_SECRET` when set; in production it must be
 * (throws the one French line `MISSING_SECRET_IN_PRODUCTION`). Otherwise the one kept in
 * `<folder>/session-secret` (mode 0600), made on first start with 32 random bytes, so tokens
 * survive a restart. Two starts racing agree (the file is created by an atomic link); a damaged
 * file is replaced; a folder that cannot be written gives a secret for this process only. Each
 * case but the first two is logged.
 */
export async function resolveSessionSecret(options: {
  configured: string | null;
  production: boolean;
  folder: string;
  logger: SecretLogger;
}): Promise<{ secret: string; source: SecretSource }> {
  const { configured, production, folder, logger } = options;
  if (configured !== null) return { secret: configured, source: 'env' };
  if (production) throw new Error(MISSING_SECRET_IN_PRODUCTION);
  const file = join(folder, SESSION_SECRET_FILE);
  try {
    const kept = await readKept(file, logger);
    if (kept !== null) return { secret: kept, source: 'file' };
    const secret = fresh();
    const created = await createOnce(file, secret);
    if (!created) {
      // Another start created it first: use its secret; or the file is damaged: replace it.
      const theirs = await readKept(file, logger);
      if (theirs !== null) return { secret: theirs, source: 'file' };
      logger.warn(
        { file },
        'secret de session illisible : remplacé, les jetons émis ne valent plus',
      );
      await replace(file, secret);
    }
    logger.info({ file }, 'secret de session créé');
    return { secret, source: 'generated' };
  } catch (err) {
    logger.warn(
      { err, file },
      'secret de session non conservé : les conversations ne survivront pas à un redémarrage',
    );
    return { secret: fresh(), source: 'process' };
  }
}

/** The secret in `file`, made private if others could read it; null when absent or damaged. */
async function readKept(file: string, logger: SecretLogger): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const secret = text.trim();
  if (secret.length < MIN_SECRET_CHARS) return null;
  if (((await stat(file)).mode & 0o077) !== 0) {
    await chmod(file, 0o600);
    logger.warn({ file }, 'secret de session lisible par d’autres : rendu privé (0600)');
  }
  return secret;
}

/** Writes `secret` to `file` unless it exists, all at once (a temporary file linked in); false if it existed. */
async function createOnce(file: string, secret: string): Promise<boolean> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Replaces a damaged `file` with `secret`, atomically. */
async function replace(file: string, secret: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  await rename(temporary, file);
}
