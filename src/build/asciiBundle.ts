/**
 * Rewrites the bundle's files with every non-ASCII character as a `\uXXXX` escape.
 *
 * V8 keeps the source of every script in memory, and stores a string as UTF-16 as soon as one
 * character is outside Latin-1: one `‐` in a regular expression doubled the memory of a 2 MB
 * `main.mjs`, one fullwidth digit that of Botkit's 8 MB chunk (~13 MB of heap in all, measured in
 * a heap snapshot). esbuild's `--charset=ascii` escapes strings but leaves regular-expression
 * literals as written. An escape means the same character in a string, a template, a regular
 * expression (class ranges included) or an identifier, and comments are gone (`--minify-whitespace`).
 *
 * Run by `npm run build` after esbuild: `tsx src/build/asciiBundle.ts dist`.
 */
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text with each UTF-16 code unit above 0x7F written `\uXXXX` (a pair stays a pair). A character
 * already escaped by a backslash (`/[\–]/`, an identity escape) loses that backslash for the `\u`
 * escape, which means the same. Raw template text (`String.raw`, tagged templates) would not keep
 * its meaning: esbuild's output has none outside regular expressions (checked by the build test).
 */
export function escapeNonAscii(source: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matches every non-ASCII character, so the class starts at NUL
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_all, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Rewrites every `.mjs` below `dir`; returns how many files changed. */
export function asciiBundle(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mjs')) continue;
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const ascii = escapeNonAscii(source);
    if (ascii !== source) {
      writeFileSync(file, ascii);
      changed += 1;
    }
  }
  return changed;
}

if (
  process.argv[1]?.endsWith('asciiBundle.ts') &&
  realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])
) {
  asciiBundle(process.argv[2] ?? 'dist');
}
