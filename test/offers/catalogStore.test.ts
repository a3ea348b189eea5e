import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogStore } from '../../src/offers/catalogStore.ts';
import { mergeOffers } from '../../src/offers/feed/index.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { copyOfSeedOffers, manualClock, memoryLogger, waitFor } from './storeHelpers.ts';

const FILE = '3134-25-0833-SR.txt';
const REF = '3134-25-0833/SR';
const TITLE = "Chargé(e) de relation à l'usager";

let dir: string;
let remove: () => Promise<void>;
let store: CatalogStore | undefined;
const clock = manualClock();
let log: ReturnType<typeof memoryLogger>;
let parsed: Array<{ source: string; text: string }>;

async function open(): Promise<CatalogStore> {
  const recordingParse = (text: string, source: string) => {
    parsed.push({ source, text });
    return parseOfferDocument(text, source);
  };
  store = await CatalogStore.open({
    dir,
    clock,
    logger: log.logger,
    debounceMs: 50,
    writeStabilityMs: 300,
    parse: recordingParse,
  });
  return store;
}

const original = () => readFile(join(dir, FILE), 'utf8');
const titleOf = (s: CatalogStore, ref = REF) => s.current().byRef(ref)?.offer.title;
const problemOf = (s: CatalogStore, path: string) =>
  s.status().problems.find((p) => p.path === path);

beforeEach(async () => {
  ({ dir, remove } = await copyOfSeedOffers());
  log = memoryLogger();
  parsed = [];
});

afterEach(async () => {
  await store?.close();
  store = undefined;
  await remove();
});

describe('CatalogStore: a live catalog of a watched folder', () => {
  it('loads the folder and reports an empty status', async () => {
    const s = await open();
    expect(s.current().size).toBe(5);
    const { offerWarnings, ...status } = s.status();
    expect(status).toEqual({
      offers: 5,
      problems: [],
      loadedAt: clock.now().toISOString(),
      lastReloadAt: null,
      reloads: 0,
      reloadErrors: 0,
    });
    // the offers served with warnings, each with at least one
    expect(offerWarnings?.every((o) => o.warnings.length > 0)).toBe(true);
  });

  it('serves an added file, new values of a changed one, and forgets a deleted one', async () => {
    const s = await open();
    const text = await original();
    await writeFile(
      join(dir, 'nouvelle.md'),
      text.replace('3134-25-0833/SR', '3134-25-0999/SR').replace(TITLE, 'Gardien de phare'),
    );
    expect(await waitFor('nouvelle offre servie', () => titleOf(s, '3134-25-0999/SR'))).toBe(
      'Gardien de phare',
    );

    clock.advance(60_000);
    await writeFile(
      join(dir, FILE),
      text.replace(TITLE, 'Chargé(e) d’accueil').replace('Dumbéa', 'Koné'),
    );
    await waitFor('titre changé', () => titleOf(s) === 'Chargé(e) d’accueil');
    expect(s.current().byRef(REF)?.offer.location).toBe('Koné');
    expect(s.status().lastReloadAt).toBe(clock.now().toISOString());

    await rm(join(dir, FILE));
    await waitFor('offre retirée', () => s.current().byRef(REF) === undefined);
    expect(s.current().size).toBe(5);
    expect(s.status().problems).toEqual([]);
  });

  it('ignores dotfiles and other extensions', async () => {
    const s = await open();
    const text = await original();
    await writeFile(join(dir, '.brouillon.md'), text.replace(REF, '3134-25-0998/SR'));
    await writeFile(join(dir, 'notes.docx'), text.replace(REF, '3134-25-0997/SR'));
    await writeFile(join(dir, 'temoin.txt'), text.replace(REF, '3134-25-0996/SR'));
    await waitFor('fichier témoin servi', () => s.current().byRef('3134-25-0996/SR'));
    expect(s.current().byRef('3134-25-0998/SR')).toBeUndefined();
    expect(s.current().byRef('3134-25-0997/SR')).toBeUndefined();
    expect(parsed.map((p) => p.source)).not.toContain('.brouillon.md');
  });

  const cutInsideCharacter = (bytes: Buffer) =>
    bytes.subarray(0, bytes.indexOf('é', bytes.indexOf('Dumb')) + 1);
  const badCases: Array<[string, (text: string) => Buffer, RegExp]> = [
    [
      'malformed text without a reference',
      () => Buffer.from('Notes de réunion\n\nRien à voir avec une offre.\n'),
      /pas de référence/,
    ],
    ['an empty file', () => Buffer.alloc(0), /fichier vide/],
    [
      'a document truncated after its reference',
      (t) => Buffer.from(t.slice(0, t.indexOf('PROVINCE'))),
      /pas de date limite/,
    ],
    ['a document cut inside a character', (t) => cutInsideCharacter(Buffer.from(t)), /tronqué/],
    [
      'a binary file',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binaire/,
    ],
  ];

  it.each(badCases)(
    'keeps the last good offer when a file becomes %s, and says why',
    async (_name, content, reason) => {
      const s = await open();
      const bytes = content(await original());
      clock.advance(3_600_000);
      await writeFile(join(dir, FILE), bytes);
      await writeFile(join(dir, 'nouveau.txt'), bytes);
      const problem = await waitFor(
        'problème signalé',
        () => problemOf(s, 'nouveau.txt') && problemOf(s, FILE),
      );

      expect(problem).toMatchObject({
        path: FILE,
        since: clock.now().toISOString(),
        servingPrevious: true,
      });
      expect(problem.reason).toMatch(reason);
      expect(problemOf(s, 'nouveau.txt')).toMatchObject({ servingPrevious: false });
      expect(titleOf(s)).toBe(TITLE);
      expect(s.current().size).toBe(5);
      expect(log.records).toContainEqual(
        expect.objectContaining({
          level: 40,
          path: FILE,
          reason: problem.reason,
          servingPrevious: true,
        }),
      );

      clock.advance(60_000);
      await writeFile(
        join(dir, FILE),
        (await readFile(`data/offers/${FILE}`, 'utf8')).replace(TITLE, 'Réparé'),
      );
      await waitFor('fichier réparé', () => titleOf(s) === 'Réparé');
      expect(problemOf(s, FILE)).toBeUndefined();
      expect(problemOf(s, 'nouveau.txt')?.since).toBe(problem.since);
    },
  );

  it('reads a BOM-prefixed file correctly', async () => {
    const s = await open();
    const text = (await original()).replace(TITLE, 'Chargé(e) d’accueil');
    await writeFile(
      join(dir, FILE),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    await waitFor('titre changé', () => titleOf(s) === 'Chargé(e) d’accueil');
    expect(s.current().byRef(REF)?.offer.warnings).toEqual([]);
    expect(s.status().problems).toEqual([]);
  });

  it('reads a Latin-1 file with its accents right', async () => {
    const s = await open();
    const text = (await original())
      .replace(TITLE, 'Chargée de l’accueil à Dumbéa')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test checks that control characters are gone
      .replace(/[^\u0000-\u00ff]/g, "'");
    await writeFile(join(dir, FILE), Buffer.from(text, 'latin1'));
    const offer = await waitFor(
      'offre Latin-1 servie',
      () => s.current().byRef(REF)?.offer.title !== TITLE && s.current().byRef(REF)?.offer,
    );
    expect(offer.title).toBe("Chargée de l'accueil à Dumbéa");
    expect(offer.location).toBe('Dumbéa');
    expect(offer.warnings).toContain('encodage non UTF-8 : lu en Latin-1');
    expect(s.status().problems).toEqual([]);
  });

  it('never reads a file half-written (two chunks with a delay)', async () => {
    const s = await open();
    const text = (await original()).replace(TITLE, 'Écrit en deux fois');
    const half = text.slice(0, text.indexOf('Date limite'));
    await writeFile(join(dir, FILE), half);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await appendFile(join(dir, FILE), text.slice(half.length));
    await waitFor('fichier complet servi', () => titleOf(s) === 'Écrit en deux fois');
    expect(parsed.filter((p) => p.source === FILE).map((p) => p.text)).not.toContain(half);
    expect(s.status().problems).toEqual([]);
  });

  it('merges extra offers (the feed hook); documents win on a shared reference', async () => {
    const s = await open();
    const base = s.current().byRef(REF)?.offer as Offer;
    const fromFeed: Offer[] = [
      { ...base, reference: '3134-25-0500/SR', title: 'Offre du flux', source: 'flux' },
      { ...base, title: 'Doublon du flux', source: 'flux' },
    ];
    await s.setExtraOffers(fromFeed, [{ path: 'flux#3', reason: 'ligne illisible' }]);
    expect(titleOf(s, '3134-25-0500/SR')).toBe('Offre du flux');
    expect(titleOf(s)).toBe(TITLE);
    expect(s.status().problems).toMatchObject([{ path: 'flux#3', reason: 'ligne illisible' }]);
    await s.setExtraOffers([]);
    expect(s.current().byRef('3134-25-0500/SR')).toBeUndefined();
  });

  it("takes the feed's merge as its merge function", async () => {
    store = await CatalogStore.open({
      dir,
      clock,
      logger: log.logger,
      watch: false,
      merge: mergeOffers,
    });
    const base = store.current().byRef(REF)?.offer as Offer;
    await store.setExtraOffers([
      { ...base, employer: 'Flux', respncJob: null, source: 'feed:test', warnings: [] },
    ]);
    expect(store.current().byRef(REF)?.offer).toMatchObject({
      employer: base.employer,
      source: FILE,
    });
    expect(store.current().size).toBe(5);
  });

  it('does not parse unchanged files again on a manual reload', async () => {
    const s = await open();
    expect(parsed).toHaveLength(5);
    await s.reload();
    expect(parsed).toHaveLength(5);
    expect(s.status().reloads).toBe(1);
  });
});
