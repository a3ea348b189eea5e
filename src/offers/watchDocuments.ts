import { isAbsolute, join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { entryRule, isDocumentPath, MAX_FOLDER_DEPTH, sourcePath } from './documentFolder.ts';

/** A running watch over an offers folder. */
export interface DocumentWatcher {
  close(): Promise<void>;
}

export interface WatchHandlers {
  /** How long a file's size must stay put before its change is reported (half-written files are not reported). */
  stabilityMs: number;
  /**
   * A document was added, changed or removed, or an entry the folder's rule refuses (a symbolic
   * link, a folder too deep) appeared, changed or went (path relative to the folder, `/`-separated).
   */
  onChange(path: string): void;
  /** A folder disappeared: every document below it must be checked again. */
  onRescan(): void;
  onError(error: unknown): void;
}

/**
 * Watches a folder for offer documents (`.md`/`.txt`, dotfiles and dot folders ignored) with
 * chokidar; resolves once the initial scan is done. Symbolic links are never followed (chokidar
 * never even resolves them: they are filtered out by {@link entryRule}) and folders deeper than
 * {@link MAX_FOLDER_DEPTH} are not entered; each such entry is reported once through `onChange`
 * when it appears or changes, and again when it goes (its name in the folder's raw events).
 */
export async function watchDocuments(
  dir: string,
  handlers: WatchHandlers,
): Promise<DocumentWatcher> {
  let ready = false;
  /** Refused entries seen, with their inode and ctime: reported when new or changed. */
  const refused = new Map<string, string>();
  const sawRefused = (rel: string, stats: { ino: number; ctimeMs: number }) => {
    const seen = `${stats.ino}:${stats.ctimeMs}`;
    if (refused.get(rel) === seen) return;
    refused.set(rel, seen);
    if (ready) handlers.onChange(rel); // the start-up listing reports those present at the start
  };
  const watcher = watch(dir, {
    ignoreInitial: true,
    followSymlinks: false,
    depth: MAX_FOLDER_DEPTH,
    awaitWriteFinish: {
      stabilityThreshold: handlers.stabilityMs,
      pollInterval: Math.max(20, Math.round(handlers.stabilityMs / 5)),
    },
    ignored: (path, stats) => {
      const rel = relative(dir, path);
      // The folder itself, or above it (not `..x`: an entry of the folder, a dot folder)
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
      if (rel.split(/[\\/]/).some((part) => part.startsWith('.'))) return true;
      if (stats === undefined) return false; // asked again with the entry's lstat
      const rule = entryRule(sourcePath(dir, path), stats);
      if (rule === 'refuse') sawRefused(sourcePath(dir, path), stats);
      return rule === 'refuse' || rule === 'ignore';
    },
  });
  const report = (path: string) => {
    const rel = sourcePath(dir, path);
    if (isDocumentPath(rel)) handlers.onChange(rel);
  };
  watcher.on('add', report).on('change', report).on('unlink', report);
  watcher.on('unlinkDir', () => handlers.onRescan());
  // A refused entry is filtered out, so chokidar says nothing when it goes: its folder's raw event does.
  watcher.on('raw', (_event, name, details) => {
    const folder = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
    if (typeof name !== 'string' || typeof folder !== 'string') return;
    const rel = sourcePath(dir, join(folder, name));
    if (refused.delete(rel)) handlers.onChange(rel);
  });
  watcher.on('error', (error) => handlers.onError(error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  ready = true;
  return { close: () => watcher.close() };
}
