import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, offerPagePath } from '../../../src/channels/rest/offerPage.ts';
import { createAssistant, type LoadedAssistant } from '../../../src/createAssistant.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { hostileDataDir, XSS_REFERENCE } from '../../browser/xssFixture.ts';
import { startStack, type Stack } from './harness.ts';

describe('offer page GET /offres/:reference', () => {
  let stack: Stack;
  let assistant: LoadedAssistant;
  let cleanup: () => void;

  beforeAll(async () => {
    const data = hostileDataDir();
    cleanup = data.cleanup;
    const clock = fixedClock('2025-06-05');
    assistant = await createAssistant({ dataDir: data.dir, clock });
    stack = await startStack({ assistant, clock });
  });
  afterAll(async () => {
    await stack?.stop();
    cleanup?.();
  });

  it('builds its path from the reference only, URL-encoded', () => {
    expect(offerPagePath('3134-25-0699/SR')).toBe('/offres/3134-25-0699%2FSR');
    expect(offerPagePath('javascript:alert(1)')).toBe('/offres/javascript%3Aalert(1)');
  });

  it('renders a real offer in French, with its JSON-LD and no script to run', async () => {
    const res = await request(stack.server).get(offerPagePath('3134-25-0699/SR')).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('<h1>Chargé de la gestion des commissions</h1>');
    expect(res.text).toContain('Date limite de candidature');
    expect(res.text).toContain('vendredi 6 juin 2025');
    const scripts = res.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    const ld = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.text)?.[1] ?? '',
    );
    expect(ld).toMatchObject({ '@type': 'JobPosting', identifier: { value: '3134-25-0699/SR' } });
  });

  it('escapes every value of a hostile offer, in the HTML and in the JSON-LD', async () => {
    const offer = assistant.catalog().byRef(XSS_REFERENCE)?.offer;
    expect(offer?.title).toContain('<script>');
    const res = await request(stack.server).get(offerPagePath(XSS_REFERENCE)).expect(200);
    const withoutLd = res.text.replace(
      /<script type="application\/ld\+json">[\s\S]*?<\/script>/,
      '',
    );
    expect(withoutLd).not.toMatch(/<img|<script|<a href="javascript/i);
    expect(withoutLd).toContain(`<h1>${escapeHtml(offer?.title ?? '')}</h1>`);
    const ldText =
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.text)?.[1] ?? '';
    expect(ldText).not.toMatch(/[<>]/);
    expect(JSON.parse(ldText).title).toBe(offer?.title);
    expect(jsonForScript({ a: '</script><script>' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003cscript\\u003e"}',
    );
  });

  it('answers a bad reference with 400, an unknown one with 404, as French pages', async () => {
    const bad = await request(stack.server).get('/offres/%3Cscript%3E').expect(400);
    expect(bad.text).toContain('Référence invalide');
    expect(bad.text).not.toContain('<script>');
    const unknown = await request(stack.server).get(offerPagePath('3134-25-0001/SR')).expect(404);
    expect(unknown.text).toContain('Aucune offre publiée sous la référence 3134-25-0001/SR.');
  });
});
