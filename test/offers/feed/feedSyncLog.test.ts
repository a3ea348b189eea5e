import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogStore } from '../../../src/offers/catalogStore.ts';
import { startFeedSync } from '../../../src/server/feedSync.ts';
import { send, startFeedServer, type FeedServer } from './feedServer.ts';

const HEADER = 'id,numero,libelle_poste';
/** A feed where every record is bad: no offer, one problem per row. */
const allBad = [
  HEADER,
  ...Array.from({ length: 50 }, (_, i) => `${i},pas-un-numero-${i},Poste`),
].join('\n');
const good = [HEADER, '1,26-0001,Secrétaire', '2,26-0002,Comptable', '3,oups,Juriste'].join('\n');

let server: FeedServer;
let lines: { level: number; msg: string; byReason?: unknown; examples?: unknown[] }[];
let sync: ReturnType<typeof startFeedSync>['sync'] | null;
const merged: number[] = [];
const store = {
  setExtraOffers: async (offers: readonly unknown[]) => void merged.push(offers.length),
} as unknown as CatalogStore;

function logger() {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  });
  return pino({ level: 'debug' }, sink);
}

beforeEach(async () => {
  server = await startFeedServer();
  lines = [];
  merged.length = 0;
  sync = null;
});

afterEach(async () => {
  sync?.stop();
  await server.close();
});

/** Starts the server's sync and waits for its first refresh to end, then runs `n` more. */
async function refreshes(n: number): Promise<void> {
  ({ sync } = startFeedSync(store, {
    source: server.url('/feed'),
    intervalMs: 60_000,
    pool: { parse: async () => ({ ok: false, reason: 'pas de PDF ici' }) },
    documentsDir: null,
    logger: logger(),
  }));
  await sync.refresh();
  for (let i = 0; i < n; i += 1) await sync.refresh();
  await new Promise((resolve) => setImmediate(resolve)); // pino's stream flush
}

describe('the server feed sync logs one line per refresh', () => {
  it('a feed refused for 50 bad rows: one full summary, then one short line per refresh', async () => {
    server.routes.set('/feed', send(allBad));
    await refreshes(2);
    const warnings = lines.filter((l) => l.level >= 40);
    expect(warnings.map((l) => l.msg)).toEqual([
      'flux open data refusé : dernier flux conservé',
      'flux open data refusé : dernier flux conservé (mêmes problèmes)',
      'flux open data refusé : dernier flux conservé (mêmes problèmes)',
    ]);
    expect(warnings[0]).toMatchObject({
      problems: 50,
      byReason: { "enregistrement ligne # ignoré : numéro d'offre illisible «…»": 50 },
    });
    expect(warnings[0]?.examples).toHaveLength(3);
    expect(warnings[1]).not.toHaveProperty('examples');
  });

  it('a good feed with one bad row: merged once with its summary, then quiet', async () => {
    server.routes.set('/feed', send(good));
    await refreshes(2);
    expect(merged).toEqual([2]);
    expect(lines.filter((l) => l.level >= 30).map((l) => l.msg)).toEqual([
      'flux open data fusionné',
    ]);
    expect(lines.filter((l) => l.level >= 30)[0]).toMatchObject({ offers: 2, problems: 1 });
  });

  it('a hostile body (100,000 nested arrays, parsed in a worker thread) is refused in one line', async () => {
    server.routes.set(
      '/feed',
      send(`[{"numero":"26-0001","mission":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`),
    );
    await refreshes(0);
    expect(lines.map((l) => [l.msg, l.examples])).toEqual([
      [
        'flux open data refusé : dernier flux conservé',
        [expect.objectContaining({ reason: expect.stringMatching(/^JSON trop imbriqué/) })],
      ],
    ]);
  });
});
