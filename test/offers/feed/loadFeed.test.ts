import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeed } from '../../../src/offers/feed/index.ts';
import { send, startFeedServer, type FeedServer } from './feedServer.ts';

const CSV_PATH = 'test/fixtures/feed/datagouv-export-sample.csv';
const CSV = readFileSync(CSV_PATH);
const V1 = readFileSync('test/fixtures/feed/api-v1-records.json');
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  server.routes.set('/exports/csv', send(CSV));
  server.routes.set('/records/1.0/search', send(V1, 'application/json'));
  server.routes.set('/fail', send('Internal Server Error', 'text/plain', 500));
  server.routes.set(
    '/html',
    send('<!doctype html><html><body>Maintenance</body></html>', 'text/html'),
  );
  // Headers at once, then a body that never ends.
  server.routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.write(CSV.subarray(0, 100));
  });
  server.routes.set('/never', () => undefined);
  server.routes.set('/big-declared', send(Buffer.alloc(20_000, 'a')));
  // Chunked, no content-length: the cap must hold while reading.
  server.routes.set('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    for (let i = 0; i < 20; i += 1) res.write(Buffer.alloc(1000, 'a'));
    res.end();
  });
});

afterAll(() => server.close());

describe('loadFeed from a URL', () => {
  it.each([
    ['/exports/csv', 20],
    ['/records/1.0/search', 4],
  ])('%s gives %i offers, named after the host', async (path, count) => {
    const { offers, problems } = await loadFeed(server.url(path));
    expect(problems).toEqual([]);
    expect(offers).toHaveLength(count);
    expect(offers.find((o) => o.reference === '3134-26-0674/SR')).toMatchObject({
      deadline: '2026-05-29',
      source: `feed:${new URL(server.url('/')).host}#63718`,
    });
  });

  it.each([
    ['/fail', {}, 'HTTP 500 Internal Server Error'],
    ['/missing', {}, 'HTTP 404 Not Found'],
    ['/html', {}, "pas un flux d'AVP : colonnes manquantes"],
    ['/slow', { timeoutMs: 300 }, 'pas de réponse complète en 300 ms'],
    ['/never', { timeoutMs: 300 }, 'pas de réponse complète en 300 ms'],
    ['/big-declared', { maxBytes: 10_000 }, 'réponse trop volumineuse (maximum 10000 octets)'],
    ['/big-chunked', { maxBytes: 10_000 }, 'réponse trop volumineuse (maximum 10000 octets)'],
  ])('%s is a problem, not a throw', async (path, options, reason) => {
    const { offers, problems } = await loadFeed(server.url(path), {
      sourceName: 'portail',
      ...options,
    });
    expect(offers).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('feed:portail');
    expect(problems[0]?.reason).toContain(reason);
  });

  it('does not repeat the query (an API key) in its problems', async () => {
    const { problems } = await loadFeed(server.url('/fail?apikey=secret'), {
      sourceName: 'portail',
    });
    expect(problems).toEqual([
      { path: 'feed:portail', reason: `${server.url('/fail')} : HTTP 500 Internal Server Error` },
    ]);
  });

  it('an unreachable server is a problem', async () => {
    const { problems } = await loadFeed('http://127.0.0.1:1/feed.csv', { timeoutMs: 2000 });
    expect(problems[0]?.reason).toMatch(/téléchargement impossible|pas de réponse/);
  });
});

describe('loadFeed from a file', () => {
  it.each([CSV_PATH, pathToFileURL(CSV_PATH).href])('%s', async (source) => {
    const { offers, problems } = await loadFeed(source);
    expect(problems).toEqual([]);
    expect(offers).toHaveLength(20);
    expect(offers[0]?.source).toBe('feed:datagouv-export-sample.csv#63734');
  });

  it.each([
    ['test/fixtures/feed/absent.csv', {}, 'lecture impossible : ENOENT'],
    ['test/fixtures/feed', {}, "ce n'est pas un fichier"],
    [CSV_PATH, { maxBytes: 100 }, 'fichier trop volumineux : 9098 octets (maximum 100)'],
    ['ftp://example.org/avp.csv', {}, 'source non prise en charge : ftp'],
  ])('%s is a problem', async (source, options, reason) => {
    const { offers, problems } = await loadFeed(source, options);
    expect(offers).toEqual([]);
    expect(problems[0]?.reason).toContain(reason);
  });
});
