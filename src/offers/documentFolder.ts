import { realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Folder levels read below the data folder (`a/b/x.txt` is in a level-2 folder). A folder deeper
 * than this is reported and not entered: real data is flat or by year and month, and a cap bounds
 * what a stray tree costs at start-up and in the watcher.
 */
export const MAX_FOLDER_DEPTH = 8;

const DOCUMENT_EXTENSIONS = /\.(md|txt|pdf)$/i;

/** True for a path (relative to the data folder) the catalog reads: `.md`/`.txt`/`.pdf`, no README, no dotfile or dot folder. */
export function isDocumentPath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts.at(-1) ?? '';
  return (
    DOCUMENT_EXTENSIONS.test(name) &&
    !/^readme\.md$/i.test(name) &&
    !parts.some((p) => p.startsWith('.'))
  );
}

/** A file's path relative to the data folder, `/`-separated: an offer's `source` and a problem's `path`. */
export function sourcePath(root: string, path: string): string {
  // The common case, a path below the root, without path.relative (a third of listing 20,000 files).
  const prefix = root.endsWith(sep) ? root : root + sep;
  const below =
    path.startsWith(prefix) && !root.includes(`${sep}..`)
      ? path.slice(prefix.length)
      : relative(root, path);
  return sep === '/' ? below : below.split(sep).join('/');
}

/** Why a document reached through a folder that is a symbolic link is not read. */
export const FOLDER_LINK_REASON = 'lien symbolique dans le chemin : jamais suivi';

/**
 * The real paths of folders, each looked up once per pass over the data folder (a load, a rescan):
 * 20,000 documents of one folder cost one `realpath` of it, not 40,000. Lives for one pass only, so
 * a folder swapped for a link is seen by the next one.
 */
export class RealFolders {
  private readonly known = new Map<string, string>();

  /** The real path of a folder (throws as `realpath` does when it is gone). */
  real(folder: string): string {
    let real = this.known.get(folder);
    if (real === undefined) {
      real = realpathSync.native(folder);
      this.known.set(folder, real);
    }
    return real;
  }
}

/**
 * True when `path` (below `root`) is reached through real folders only: the real path of its
 * folder is the real data folder joined with its relative folder. `lstat` and `O_NOFOLLOW` look
 * at the last component only, so a folder swapped for a symbolic link passes them; not this.
 */
export function throughRealFolders(
  root: string,
  path: string,
  folders: RealFolders = new RealFolders(),
): boolean {
  try {
    const expected = join(folders.real(root), dirname(sourcePath(root, path)));
    return folders.real(dirname(path)) === expected;
  } catch {
    return false; // a folder gone or unreadable: not read either way
  }
}

/** A short reason for a file the system would not let us stat or open (no absolute path in it). */
export function unreadable(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  return code === 'ENOENT' ? 'fichier introuvable' : `fichier illisible (${code})`;
}

/** An entry's own type, as `lstat` or a directory listing gives it (a link is a link, never its target). */
export interface EntryType {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * What the catalog does with an entry of the data folder (`rel`: its path relative to the
 * folder, `/`-separated): `read` a document, `enter` a folder, `refuse` it with a reason (any
 * symbolic link, a folder deeper than {@link MAX_FOLDER_DEPTH}), or `ignore` it (dotfiles,
 * dot folders, other files). The one rule of the start-up listing and of the watcher.
 */
export function entryRule(rel: string, type: EntryType): 'read' | 'enter' | 'refuse' | 'ignore' {
  if (rel.split(/[\\/]/).some((part) => part.startsWith('.'))) return 'ignore';
  if (type.isSymbolicLink()) return 'refuse';
  if (type.isDirectory()) return rel.split('/').length > MAX_FOLDER_DEPTH ? 'refuse' : 'enter';
  return type.isFile() && isDocumentPath(rel) ? 'read' : 'ignore';
}

/** Where a symbolic link leads, said without following it for reading (paths outside stay unnamed). */
function linkTarget(root: string, path: string): string {
  let target: string;
  try {
    target = realpathSync.native(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP') return 'boucle de liens';
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? 'cible introuvable'
      : `cible illisible (${code})`;
  }
  const home = realpathSync.native(root);
  if (target === home) return 'cible : le dossier des offres lui-même';
  const rel = relative(home, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return 'cible hors du dossier des offres';
  return `cible dans le dossier des offres : ${rel.split(sep).join('/')}`;
}

/** Why an entry that is not a regular file is not read: a link (and where it leads), a deep folder. */
export function refusal(root: string, path: string, type: EntryType): string {
  if (type.isSymbolicLink())
    return `lien symbolique ignoré (jamais suivi) : ${linkTarget(root, path)}`;
  if (type.isDirectory() && entryRule(sourcePath(root, path), type) === 'refuse')
    return `dossier trop profond (plus de ${MAX_FOLDER_DEPTH} niveaux) : non lu`;
  return 'pas un fichier ordinaire';
}

/**
 * Every document below a folder and every entry it refuses (links, folders too deep), paths
 * joined to `dir`, sorted. Links are never followed: reading a refused entry gives its
 * {@link refusal} as the problem.
 */
export async function listDocuments(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rule = entryRule(sourcePath(dir, path), entry);
      if (rule === 'enter') await walk(path);
      else if (rule !== 'ignore') found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}
