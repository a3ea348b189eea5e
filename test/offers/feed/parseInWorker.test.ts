import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/offers/feed/index.ts';
import { offersHash } from '../../../src/offers/feed/offersHash.ts';
import { parseFeedInWorker } from '../../../src/offers/feed/parseInWorker.ts';

const sample = readFileSync('test/fixtures/feed/datagouv-export-sample.csv');
const deep = `[{"numero":"26-0001","libelle_poste":"x","mission":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
/** A thread that runs the given code instead of the parser. */
const fake = (code: string) => () => new Worker(code, { eval: true });

describe('parseFeedInWorker: the parse of one body in its own thread', () => {
  it.each([
    ['the real CSV sample', sample],
    ['a hostile JSON body (100,000 nested arrays)', Buffer.from(deep)],
    ['a body that is not a feed', Buffer.from('bonjour')],
  ])('%s: the same result as parseFeed in this thread', async (_name, body) => {
    const options = { sourceName: 'w' };
    const here = parseFeed(body, options);
    // The same feed, and the hash of its offers computed there (so the main thread need not).
    expect(await parseFeedInWorker(body, options)).toEqual({
      ...here,
      hash: offersHash(here.offers, here.documents),
    });
  });

  it.each([
    [
      'a thread that never answers, past its budget',
      fake('setInterval(() => {}, 1000)'),
      'analyse du flux trop longue : plus de 300 ms, flux refusé',
    ],
    [
      'a thread that throws',
      fake('throw new Error("panne")'),
      'analyse du flux impossible : panne',
    ],
    [
      'a thread that exits without answering',
      fake('process.exit(3)'),
      "analyse du flux impossible : fil d'analyse arrêté (code 3)",
    ],
    [
      'a thread that cannot start',
      () => {
        throw new Error('pas de fil');
      },
      'analyse du flux impossible : pas de fil',
    ],
  ])('%s: refused with its reason, nothing thrown', async (_name, spawn, reason) => {
    const feed = await parseFeedInWorker(sample, { sourceName: 'w' }, { budgetMs: 300, spawn });
    expect(feed).toEqual({ offers: [], problems: [{ path: 'feed:w', reason }], readable: false });
  });
});
