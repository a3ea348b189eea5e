/**
 * Where the running code lives. The server runs either from the sources (under tsx: tests, `npm
 * run cli`, the bench's in-process section) or from the esbuild bundle (`npm start` builds
 * `dist/` first). Files the code reads from the repository (the widget's assets, the parser's
 * sources for the parse-cache fingerprint) are found from the project root, which both can find.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __AVP_BUNDLE__: boolean | undefined;

/** True inside the bundle built by `npm run build` (esbuild defines the constant), false from the sources. */
export const IS_BUNDLE: boolean = typeof __AVP_BUNDLE__ !== 'undefined' && __AVP_BUNDLE__;

/** The folder of the running module: `src/` from the sources, somewhere in `dist/` from the bundle. */
const HERE = dirname(fileURLToPath(import.meta.url));

/** The first folder at or above `start` that holds a `package.json`. */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`package.json introuvable au-dessus de ${start}`);
  }
}

/** The repository's root folder (works from any cwd). */
export const PROJECT_ROOT = findProjectRoot(HERE);

/** `src/` in the repository: the sources, read for fingerprints and assets even when the bundle runs. */
export const SRC_DIR = join(PROJECT_ROOT, 'src');

/** The folder holding the bundle's entry files (`dist/`, whichever chunk this module lands in); only meaningful when `IS_BUNDLE`. */
export const BUNDLE_DIR = join(PROJECT_ROOT, 'dist');
