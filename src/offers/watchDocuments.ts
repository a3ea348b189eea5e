import { relative } from 'node:path';
import { watch } from 'chokidar';
import { isDocumentPath, sourcePath } from './loadCatalog.ts';

/** A running watch over an offers folder. */
export interface DocumentWatcher {
  close(): Promise<void>;
}

export interface WatchHandlers {
  /** How long a file's size must stay put before its change is reported (half-written files are not reported). */
  stabilityMs: number;
  /** A document was added, changed or removed (path relative to the folder, `/`-separated). */
  onChange(path: string): void;
  /** A folder disappeared: every document below it must be checked again. */
  onRescan(): void;
  onError(error: unknown): void;
}

/**
 * Watches a folder for offer documents (`.md`/`.txt`, dotfiles and dot
 * folders ignored) with chokidar; resolves once the initial scan is done.
 */
export async function watchDocuments(
  dir: string,
  handlers: WatchHandlers,
): Promise<DocumentWatcher> {
  const watcher = watch(dir, {
    ignoreInitial: true,
    awaitWriteFinish: {
      stabilityThreshold: handlers.stabilityMs,
      pollInterval: Math.max(20, Math.round(handlers.stabilityMs / 5)),
    },
    ignored: (path, stats) => {
      const rel = relative(dir, path);
      if (rel === '' || rel.startsWith('..')) return false;
      if (rel.split(/[\\/]/).some((part) => part.startsWith('.'))) return true;
      return stats?.isFile() === true && !isDocumentPath(rel);
    },
  });
  const report = (path: string) => {
    const rel = sourcePath(dir, path);
    if (isDocumentPath(rel)) handlers.onChange(rel);
  };
  watcher.on('add', report).on('change', report).on('unlink', report);
  watcher.on('unlinkDir', () => handlers.onRescan());
  watcher.on('error', (error) => handlers.onError(error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { close: () => watcher.close() };
}
