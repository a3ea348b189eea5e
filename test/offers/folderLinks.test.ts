import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, CatalogProblem } from '../../src/offers/catalog.ts';
import { CatalogStore } from '../../src/offers/catalogStore.ts';
import { checkDocuments } from '../../src/offers/checkDocuments.ts';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import { copyOfSeedOffers, manualClock, memoryLogger, waitFor } from './storeHelpers.ts';

const SEEDS = [
  '3134-24-2014/SR',
  '3134-25-0648/SR',
  '3134-25-0699/SR',
  '3134-25-0833/SR',
  '3134-25-0977/SR',
];
const LINK = 'lien symbolique ignoré (jamais suivi) : ';
const OUTSIDE = `${LINK}cible hors du dossier des offres`;
const DEEP = 'dossier trop profond (plus de 8 niveaux) : non lu';
const clock = manualClock();

/** A valid offer document with its own reference, made from a seed. */
async function offerText(reference: string): Promise<string> {
  const seed = await readFile('data/offers/3134-25-0833-SR.txt', 'utf8');
  return seed.replace('3134-25-0833/SR', reference);
}

interface Layout {
  name: string;
  /** Adds entries to the data folder `dir`; `outside` is another temporary folder. */
  make(dir: string, outside: string): Promise<void>;
  /** References served beyond the seeds. */
  offers: string[];
  problems: CatalogProblem[];
}

const levels = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`).join('/');

const LAYOUTS: Layout[] = [
  {
    name: 'a loop link to the folder itself (ln -s . loop)',
    make: (dir) => symlink('.', join(dir, 'loop')),
    offers: [],
    problems: [{ path: 'loop', reason: `${LINK}cible : le dossier des offres lui-même` }],
  },
  {
    name: 'a link to the parent folder',
    make: (dir) => symlink('..', join(dir, 'up')),
    offers: [],
    problems: [{ path: 'up', reason: OUTSIDE }],
  },
  {
    name: 'a link to /etc/passwd named as a document',
    make: (dir) => symlink('/etc/passwd', join(dir, 'passwd.txt')),
    offers: [],
    problems: [{ path: 'passwd.txt', reason: OUTSIDE }],
  },
  {
    name: 'a link to a valid offer outside the folder',
    make: async (dir, outside) => {
      await writeFile(join(outside, 'ailleurs.txt'), await offerText('3134-25-0900/SR'));
      await symlink(join(outside, 'ailleurs.txt'), join(dir, 'ailleurs.txt'));
    },
    offers: [],
    problems: [{ path: 'ailleurs.txt', reason: OUTSIDE }],
  },
  {
    name: 'a link to a folder outside holding an offer',
    make: async (dir, outside) => {
      await writeFile(join(outside, 'ailleurs.txt'), await offerText('3134-25-0900/SR'));
      await symlink(outside, join(dir, 'dehors'));
    },
    offers: [],
    problems: [{ path: 'dehors', reason: OUTSIDE }],
  },
  {
    name: 'a link to an offer of the folder (read once, under its own name)',
    make: (dir) => symlink('3134-25-0833-SR.txt', join(dir, 'alias.txt')),
    offers: [],
    problems: [
      {
        path: 'alias.txt',
        reason: `${LINK}cible dans le dossier des offres : 3134-25-0833-SR.txt`,
      },
    ],
  },
  {
    name: 'a dangling link',
    make: (dir) => symlink('nulle-part.txt', join(dir, 'perdu.txt')),
    offers: [],
    problems: [{ path: 'perdu.txt', reason: `${LINK}cible introuvable` }],
  },
  {
    name: 'a link to itself',
    make: (dir) => symlink('moi.txt', join(dir, 'moi.txt')),
    offers: [],
    problems: [{ path: 'moi.txt', reason: `${LINK}boucle de liens` }],
  },
  {
    name: 'a loop link in a subfolder next to an offer',
    make: async (dir) => {
      await mkdir(join(dir, 'sous'));
      await writeFile(join(dir, 'sous', 'offre.txt'), await offerText('3134-25-0901/SR'));
      await symlink('..', join(dir, 'sous', 'haut'));
    },
    offers: ['3134-25-0901/SR'],
    problems: [{ path: 'sous/haut', reason: `${LINK}cible : le dossier des offres lui-même` }],
  },
  {
    name: 'deep folders: 8 levels read, the 9th reported',
    make: async (dir) => {
      await mkdir(join(dir, levels(9)), { recursive: true });
      await writeFile(join(dir, levels(8), 'profond.txt'), await offerText('3134-25-0902/SR'));
      await writeFile(join(dir, levels(9), 'trop.txt'), await offerText('3134-25-0903/SR'));
    },
    offers: ['3134-25-0902/SR'],
    problems: [{ path: levels(9), reason: DEEP }],
  },
  {
    name: 'a link in a dot folder, and a hidden link (ignored like any dotfile)',
    make: async (dir) => {
      await mkdir(join(dir, '.versions'));
      await symlink('/', join(dir, '.versions', 'racine'));
      await symlink('/etc/passwd', join(dir, '.passwd.txt'));
    },
    offers: [],
    problems: [],
  },
];

/** What a catalog serves and reports, in a stable order. */
function snapshot(catalog: Catalog): { offers: string[]; problems: CatalogProblem[] } {
  return {
    offers: catalog.entries.map((e) => e.offer.reference).sort(),
    problems: catalog.problems
      .map(({ path, reason }) => ({ path, reason }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

const expected = (layout: Layout) => ({
  offers: [...SEEDS, ...layout.offers].sort(),
  problems: layout.problems,
});

let dir: string;
let outside: string;
let remove: () => Promise<void>;
let store: CatalogStore | undefined;

beforeEach(async () => {
  ({ dir, remove } = await copyOfSeedOffers());
  outside = await mkdtemp(join(tmpdir(), 'avp-outside-'));
});

afterEach(async () => {
  await store?.close();
  store = undefined;
  await remove();
  await rm(outside, { recursive: true, force: true });
});

function open(): Promise<CatalogStore> {
  return CatalogStore.open({
    dir,
    clock,
    logger: memoryLogger().logger,
    debounceMs: 30,
    writeStabilityMs: 100,
  });
}

describe('symbolic links and deep folders in the data folder', () => {
  it.each(LAYOUTS)('at start-up, loadCatalog and a watching store agree: $name', async (layout) => {
    await layout.make(dir, outside);
    const loaded = snapshot(await loadCatalog(dir, clock.now()));
    expect(loaded).toEqual(expected(layout));
    store = await open();
    expect(snapshot(store.current())).toEqual(loaded);
    expect(store.status().problems.map(({ path, reason }) => ({ path, reason }))).toEqual(
      loaded.problems,
    );
  });

  it.each(LAYOUTS)('live, added while the store watches, then restarted: $name', async (layout) => {
    store = await open();
    expect(snapshot(store.current())).toEqual(expected({ ...layout, offers: [], problems: [] }));
    await layout.make(dir, outside);
    const live = store;
    await waitFor(
      `le catalogue en direct pour ${layout.name}`,
      () => JSON.stringify(snapshot(live.current())) === JSON.stringify(expected(layout)),
    );
    expect(snapshot(live.current())).toEqual(expected(layout));
    expect(snapshot(await loadCatalog(dir, clock.now()))).toEqual(expected(layout));
  });

  it('forgets a removed link, live', async () => {
    await symlink('/etc/passwd', join(dir, 'passwd.txt'));
    store = await open();
    expect(store.current().problems).toHaveLength(1);
    await rm(join(dir, 'passwd.txt'));
    const live = store;
    await waitFor('le lien oublié', () => live.current().problems.length === 0);
  });

  it('cli check reports each skipped link with its path and reason', async () => {
    await symlink('.', join(dir, 'loop'));
    await symlink('/etc/passwd', join(dir, 'passwd.txt'));
    const report = await checkDocuments(dir);
    expect(report.files.filter((f) => f.status === 'error')).toMatchObject([
      { path: 'loop', error: `${LINK}cible : le dossier des offres lui-même` },
      { path: 'passwd.txt', error: OUTSIDE },
    ]);
    expect(report.summary.ok + report.summary.warnings).toBe(5);
  });
});
