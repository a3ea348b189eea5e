import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../src/offers/catalogStore.ts';
import { loadOfferFile } from '../../src/offers/loadCatalog.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { ParseCache } from '../../src/offers/parseCache.ts';
import { readDocumentBytes } from '../../src/offers/readDocument.ts';
import { manualClock, memoryLogger } from './storeHelpers.ts';

const clock = manualClock();
let root: string;
let dir: string;
let outside: string;

/** A valid offer document with its own reference, made from a seed. */
async function offerText(reference: string): Promise<string> {
  const seed = await readFile('data/offers/3134-25-0833-SR.txt', 'utf8');
  return seed.replace('3134-25-0833/SR', reference);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'avp-swap-'));
  dir = join(root, 'data');
  outside = join(root, 'outside');
  await mkdir(join(dir, 'sub'), { recursive: true });
  await mkdir(join(dir, 'autre'));
  await mkdir(outside);
  await writeFile(join(dir, 'sub', 'x.txt'), await offerText('3134-25-0901/SR'));
  await writeFile(join(dir, 'autre', 'x.txt'), await offerText('3134-25-0902/SR'));
  await writeFile(join(outside, 'x.txt'), await offerText('3134-25-0903/SR'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Replaces the folder `sub` of the data folder by a symbolic link to `target`. */
async function swapSub(target: string): Promise<void> {
  await rm(join(dir, 'sub'), { recursive: true });
  await symlink(target, join(dir, 'sub'));
}

describe('a folder swapped for a symbolic link is never read through', () => {
  it.each([
    ['a real folder (control)', null, { ok: true }],
    ['sub -> a folder outside', 'outside', { ok: false }],
    ['sub -> another folder of the data folder', 'autre', { ok: false }],
  ] as const)('readDocumentBytes, %s', async (_name, target, expected) => {
    if (target !== null) await swapSub(target === 'outside' ? outside : join(dir, target));
    const read = await readDocumentBytes(join(dir, 'sub', 'x.txt'), dir);
    expect(read.ok).toBe(expected.ok);
    if (!read.ok) expect(read.reason).toBe('lien symbolique dans le chemin : jamais suivi');
  });

  it('reads a data folder that is itself reached through a link (its real path is the reference)', async () => {
    const alias = join(root, 'alias');
    await symlink(dir, alias);
    expect((await readDocumentBytes(join(alias, 'sub', 'x.txt'), alias)).ok).toBe(true);
  });

  it.each([
    ['replaced by a link to another folder', () => swapSub(outside)],
    [
      'moved out and linked back (its files keep their stamps)',
      async () => {
        await rename(join(dir, 'sub'), join(root, 'moved'));
        await symlink(join(root, 'moved'), join(dir, 'sub'));
      },
    ],
  ])(
    'a store rescanning after the folder was %s drops its document, reports the link',
    async (_name, swap) => {
      const store = await CatalogStore.open({
        dir,
        clock,
        logger: memoryLogger().logger,
        debounceMs: 30,
        writeStabilityMs: 50,
        watch: false,
      });
      try {
        const served = () =>
          store
            .current()
            .entries.map((e) => e.offer.reference)
            .sort();
        expect(served()).toEqual(['3134-25-0901/SR', '3134-25-0902/SR']);
        await swap();
        await store.reload();
        expect(served()).toEqual(['3134-25-0902/SR']);
        expect(store.status().problems.map(({ path, reason }) => ({ path, reason }))).toEqual([
          {
            path: 'sub',
            reason: 'lien symbolique ignoré (jamais suivi) : cible hors du dossier des offres',
          },
        ]);
      } finally {
        await store.close();
      }
    },
  );
});

describe('loadOfferFile: a file known by its stamp is checked for folder links too', () => {
  it.each([
    ['its folder unchanged (control)', async () => undefined, true],
    [
      'its folder moved out and linked back (same inode, same stamp)',
      async () => {
        await rename(join(dir, 'sub'), join(root, 'moved'));
        await symlink(join(root, 'moved'), join(dir, 'sub'));
      },
      false,
    ],
  ])('%s', async (_name, change, ok) => {
    // A wall clock well past the files' times: their stamps are settled (not racy), so trusted.
    const cache = new ParseCache({ wallClock: () => Date.now() + 60_000 });
    const path = join(dir, 'sub', 'x.txt');
    expect((await loadOfferFile(path, dir, { cache, parse: parseOfferDocument })).ok).toBe(true);
    await change();
    const again = await loadOfferFile(path, dir, { cache, parse: parseOfferDocument });
    expect(cache.stampHits).toBe(1);
    expect(again.ok).toBe(ok);
    if (!again.ok) expect(again.reason).toBe('lien symbolique dans le chemin : jamais suivi');
  });
});

describe('loadOfferFile: a file that cannot be opened is reported without the absolute path', () => {
  it.each([
    [
      'a name too long',
      () => join(dir, `${'n'.repeat(300)}.txt`),
      'fichier illisible (ENAMETOOLONG)',
    ],
    [
      'a file used as a folder',
      () => join(dir, 'sub', 'x.txt', 'y.txt'),
      'fichier illisible (ENOTDIR)',
    ],
    ['a file gone', () => join(dir, 'parti.txt'), 'fichier introuvable'],
  ])('%s', async (_name, path, reason) => {
    const outcome = await loadOfferFile(path(), dir);
    expect(outcome).toEqual({ ok: false, reason });
  });
});

describe('readDocumentBytes never blocks on a FIFO (a file swapped for one after its listing)', () => {
  it('refuses it, in a process that exits (liveness bound: 10x a normal run)', async () => {
    const fifo = join(root, 'tube.txt');
    spawnSync('mkfifo', [fifo]);
    const script = `import { readDocumentBytes } from ${JSON.stringify(`${process.cwd()}/src/offers/readDocument.ts`)};
console.log(JSON.stringify(await readDocumentBytes(${JSON.stringify(fifo)})));`;
    await writeFile(join(root, 'read.mts'), script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'read.mts')], {
      timeout: 20_000,
      encoding: 'utf8',
    });
    expect(run.signal).toBeNull();
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, reason: 'pas un fichier ordinaire' });
  });
});
