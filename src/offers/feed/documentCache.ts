import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedDocumentRef } from './documentRef.ts';

/** A cache file's name: the SHA-256 of the URL and the record's version, then `.pdf`. */
const FILE_NAME = /^[0-9a-f]{40}\.pdf$/;

/** The cache key of a record's document: its URL and its version (`date_modification` or hash). */
export function documentKey(ref: Pick<FeedDocumentRef, 'url' | 'version'>): string {
  return createHash('sha256')
    .update(ref.url)
    .update('\n')
    .update(ref.version)
    .digest('hex')
    .slice(0, 40);
}

/**
 * The official PDFs already downloaded, one file per key (see {@link documentKey}) in a folder of
 * their own: a record whose URL and version are unchanged is never downloaded again, even after a
 * restart. Files are written whole (temporary name, then rename). A cache that cannot be read or
 * written costs a download, never an offer: every method resolves.
 */
export class DocumentCache {
  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  /** The bytes kept for a key, or null (absent, unreadable, or over the size cap). */
  async get(key: string): Promise<Uint8Array | null> {
    let file: Awaited<ReturnType<typeof open>> | undefined;
    try {
      file = await open(join(this.dir, `${key}.pdf`), 'r');
      const { size } = await file.stat();
      if (size > this.maxBytes) return null;
      return await file.readFile();
    } catch {
      return null;
    } finally {
      await file?.close().catch(() => undefined);
    }
  }

  /** Keeps the bytes of a key (false when the folder cannot be written). */
  async put(key: string, bytes: Uint8Array): Promise<boolean> {
    const path = join(this.dir, `${key}.pdf`);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, path);
      return true;
    } catch {
      await unlink(temporary).catch(() => undefined);
      return false;
    }
  }

  /** Removes the files of every key not in `keep` (documents no record names any more). */
  async prune(keep: ReadonlySet<string>): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      if (!FILE_NAME.test(name) || keep.has(name.slice(0, -4))) continue;
      if (
        await unlink(join(this.dir, name)).then(
          () => true,
          () => false,
        )
      )
        removed++;
    }
    return removed;
  }
}
