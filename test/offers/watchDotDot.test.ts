import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchDocuments } from '../../src/offers/watchDocuments.ts';

/** The folders this process watches through inotify (Linux): one `inotify wd` line each. */
function inotifyWatches(): number {
  let n = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) !== 'anon_inode:inotify') continue;
      const info = readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
      n += info.split('\n').filter((line) => line.startsWith('inotify wd')).length;
    } catch {
      // closed meanwhile
    }
  }
  return n;
}

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('watchDocuments: a root entry whose name starts with ".." is a dot folder', () => {
  it.each([
    ['"..x" (a dot folder, not the parent)', '..x', false],
    ['"...": a dot folder', '...', false],
    ['".x" (control: a dot folder)', '.x', false],
    ['"x" (control: a folder, watched with its two subfolders)', 'x', true],
  ])('%s', async (_name, folder, entered) => {
    const alone = await watchesFor(null);
    const watches = await watchesFor(folder);
    if (entered) expect(watches).toBeGreaterThan(alone);
    else expect(watches).toBe(alone);
  });
});

/** Watches a data folder holding a document and `folder/a/b` (none when null): its inotify watches. */
async function watchesFor(folder: string | null): Promise<number> {
  await rm(dir ?? '', { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), 'avp-dotdot-'));
  {
    await writeFile(join(dir, 'a.md'), 'x');
    if (folder !== null) await mkdir(join(dir, folder, 'a', 'b'), { recursive: true });
    const before = inotifyWatches();
    const watcher = await watchDocuments(dir, {
      stabilityMs: 50,
      onChange: () => undefined,
      onRescan: () => undefined,
      onError: () => undefined,
    });
    try {
      return inotifyWatches() - before;
    } finally {
      await watcher.close();
    }
  }
}
