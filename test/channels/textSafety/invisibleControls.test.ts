import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerPagePath } from '../../../src/channels/rest/offerPage.ts';
import { createAssistant, type LoadedAssistant } from '../../../src/createAssistant.ts';
import { CatalogStore } from '../../../src/offers/catalogStore.ts';
import { parseFeed } from '../../../src/offers/feed/index.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { memoryLogger } from '../../offers/storeHelpers.ts';
import { connect, startStack, type Stack } from '../web/harness.ts';
import {
  DOCUMENT_REFERENCE,
  DOCUMENT_TITLE,
  FEED_REFERENCE,
  FEED_TITLE,
  hostileDataDir,
  hostileFeed,
  INVISIBLE_IN_OUTPUT,
} from './hostileText.ts';

/** The JSON-LD of an offer page. */
function jsonLdOf(html: string): string {
  return /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
}

/** A document and a feed record whose texts hide bidi overrides and zero-widths, served by every channel. */
describe('invisible controls in offer text never reach a user', () => {
  let stack: Stack;
  let store: CatalogStore;
  let assistant: LoadedAssistant;
  let cleanup: () => void;
  const clock = fixedClock('2025-06-05');

  beforeAll(async () => {
    const data = hostileDataDir();
    cleanup = data.cleanup;
    store = await CatalogStore.open({
      dir: data.dir,
      clock,
      logger: memoryLogger().logger,
      watch: false,
    });
    const feed = parseFeed(hostileFeed(), { sourceName: 'test' });
    expect(feed.problems).toEqual([]);
    await store.setExtraOffers(feed.offers, feed.problems);
    assistant = await createAssistant({ catalog: store, clock });
    stack = await startStack({ assistant, clock });
  });
  afterAll(async () => {
    await stack?.stop();
    await store?.close();
    cleanup?.();
  });

  const SOURCES = [
    ['document', DOCUMENT_REFERENCE, DOCUMENT_TITLE],
    ['feed record', FEED_REFERENCE, FEED_TITLE],
  ] as const;

  it.each(SOURCES)(
    'the catalog holds the %s without its controls, letters kept',
    (_, ref, title) => {
      const offer = store.current().byRef(ref)?.offer;
      expect(offer?.title).toBe(title);
      expect(JSON.stringify(offer)).not.toMatch(INVISIBLE_IN_OUTPUT);
      expect(offer?.missions.length).toBeGreaterThan(0);
    },
  );

  it.each(SOURCES)('POST /api/ask about the %s answers without controls', async (_, ref, title) => {
    for (const text of [`offre ${ref}`, `quelles sont les missions de l'offre ${ref} ?`]) {
      const res = await request(stack.server).post('/api/ask').send({ text }).expect(200);
      expect(res.text).not.toMatch(INVISIBLE_IN_OUTPUT);
      expect(res.text).toContain(title);
    }
  });

  it.each(SOURCES)(
    'the offer page of the %s and its JSON-LD hold no control',
    async (_, ref, title) => {
      const res = await request(stack.server).get(offerPagePath(ref)).expect(200);
      expect(res.text).not.toMatch(INVISIBLE_IN_OUTPUT);
      expect(res.text).toContain(`<h1>${title}</h1>`);
      const ld = JSON.parse(jsonLdOf(res.text)) as { title: string; description: string };
      expect(ld.title).toBe(title);
      expect(JSON.stringify(ld)).not.toMatch(INVISIBLE_IN_OUTPUT);
    },
  );

  it.each(SOURCES)('/api/offers serves the %s without controls', async (_, ref) => {
    const path = `/api/offers/${encodeURIComponent(ref)}`;
    for (const url of [path, `${path}.jsonld`, '/api/offers?q=agent%20technicien&pageSize=100']) {
      const res = await request(stack.server).get(url).expect(200);
      expect(res.text).not.toMatch(INVISIBLE_IN_OUTPUT);
    }
    const listed = await request(stack.server).get('/api/offers?pageSize=100').expect(200);
    expect(listed.text).toContain(ref);
    expect(listed.text).not.toMatch(INVISIBLE_IN_OUTPUT);
  });

  it.each(SOURCES)('the widget answers about the %s without controls', async (_, ref, title) => {
    const { client } = await connect(stack.wsUrl);
    try {
      const frame = await client.ask(`offre ${ref}`);
      expect(frame.answer?.offers[0]?.title).toBe(title);
      expect(JSON.stringify(frame)).not.toMatch(INVISIBLE_IN_OUTPUT);
    } finally {
      client.close();
    }
  });

  it('leaves the French text of the other offers untouched', async () => {
    const seed = store.current().byRef('3134-25-0699/SR')?.offer;
    expect(seed?.title).toBe('Chargé de la gestion des commissions');
    const res = await request(stack.server).get(offerPagePath('3134-25-0699/SR')).expect(200);
    expect(res.text).toContain('<h1>Chargé de la gestion des commissions</h1>');
    expect(res.text).toContain('l’offre');
  });
});
