import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSync, type FeedRefreshReport } from '../../../src/offers/feed/index.ts';
import { parseFeed, type ParsedFeed } from '../../../src/offers/feed/parseFeed.ts';
import { offersHash } from '../../../src/offers/feed/offersHash.ts';
import { parseFeedInWorker } from '../../../src/offers/feed/parseInWorker.ts';

let dir: string;
let source: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avp-hash-'));
  source = join(dir, 'flux.csv');
  await writeFile(source, 'x');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sample = parseFeed(Buffer.from('numero;libelle_poste\n26-0001;Agent\n26-0002;Chef\n'), {
  sourceName: 'w',
});

/** A parsed feed with the offers of `sample` up to `count`, and the hash a worker gave (if any). */
const feed = (count: number, hash?: string): ParsedFeed => ({
  offers: sample.offers.slice(0, count),
  problems: [],
  readable: true,
  ...(hash === undefined ? {} : { hash }),
});

describe('feed sync: the hash of the offers comes from the parse thread', () => {
  it.each([
    [
      'the same hash from the worker, other offers',
      [feed(1, 'h1'), feed(2, 'h1')],
      ['merged', 'unchanged'],
    ],
    [
      'another hash from the worker, the same offers',
      [feed(1, 'h1'), feed(1, 'h2')],
      ['merged', 'merged'],
    ],
    [
      'no hash (parsed in this thread), the same offers',
      [feed(1), feed(1)],
      ['merged', 'unchanged'],
    ],
    ['no hash (parsed in this thread), other offers', [feed(1), feed(2)], ['merged', 'merged']],
  ] as const)('%s', async (_name, feeds, outcomes) => {
    const seen: FeedRefreshReport['outcome'][] = [];
    let n = 0;
    const sync = createFeedSync({
      source,
      intervalMs: 60_000,
      onOffers: () => undefined,
      onRefresh: (report) => void seen.push(report.outcome),
      load: { parse: () => feeds[n++] as ParsedFeed },
    });
    for (const _ of feeds) await sync.refresh();
    sync.stop();
    expect(seen).toEqual(outcomes);
  });

  it('parseFeedInWorker returns the hash of the offers it parsed, the one this thread would compute', async () => {
    const body = Buffer.from('numero;libelle_poste\n26-0001;Agent\n');
    const parsed = await parseFeedInWorker(body, { sourceName: 'w' });
    expect(parsed.hash).toBe(offersHash(parseFeed(body, { sourceName: 'w' }).offers));
  });
});
