import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant.ts';
import { webAssetsRouter } from '../../src/channels/web/assets.ts';
import type { WebLogger } from '../../src/channels/web/sessionWebAdapter.ts';
import { attachWebChannel } from '../../src/channels/web/webChannel.ts';
import type { WebChannel } from '../../src/channels/web/webChannel.ts';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

const CHROMIUM = '/usr/bin/chromium';
const QUESTION = 'quels postes sont ouverts à Nouméa ?';
const REFERENCE = '3134-25-0699/SR';

const silent: WebLogger = { info: () => {}, warn: () => {}, error: () => {} };

// Debian's chromium is required: .ci/run installs it (apt-get install chromium).
describe('chat widget in Chromium', () => {
  let server: http.Server;
  let channel: WebChannel;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let assistant: Assistant;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assistant = await createAssistant({ dataDir: 'data', clock: fixedClock('2025-06-05') });
    const app = express();
    app.use(webAssetsRouter());
    server = http.createServer(app);
    channel = attachWebChannel({ server, assistant, logger: silent });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await channel?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('connects, greets and offers quick replies', async () => {
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    await expect.poll(() => page.locator('#chat-status-text').textContent()).toBe('Connecté');
    const firstBot = page.locator('.msg-bot .msg-text').first();
    await firstBot.waitFor();
    expect(await firstBot.textContent()).toMatch(/^Bonjour/);
    expect(await page.locator('.quick-reply').allTextContents()).toEqual(['Offres ouvertes', 'Aide']);
    expect(await page.locator('[role="log"][aria-live="polite"]').count()).toBe(1);
    expect(await page.getByLabel('Votre question').count()).toBe(1);
  });

  it('sends a quick reply when its button is clicked', async () => {
    const before = await page.locator('.msg-bot').count();
    await page.locator('.quick-reply', { hasText: 'Aide' }).click();
    await expect.poll(() => page.locator('.msg-user .msg-text').last().textContent()).toBe('Aide');
    await expect.poll(() => page.locator('.msg-bot').count(), { timeout: 15_000 }).toBeGreaterThan(before);
  });

  it('answers a typed question with the offer card', async () => {
    const input = page.getByLabel('Votre question');
    await input.fill(QUESTION);
    await input.press('Enter');

    const card = page.locator(`.offer-list-main .offer-card[data-reference="${REFERENCE}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await input.inputValue()).toBe('');
    expect(await page.locator('.msg-user .msg-text').last().textContent()).toBe(QUESTION);

    const answerBubble = page.locator('.msg-bot').filter({ has: card });
    const answerText = await answerBubble.locator('.msg-text').textContent();
    expect(answerText?.trim().length).toBeGreaterThan(0);

    expect(await card.locator('.offer-title').textContent()).toBeTruthy();
    expect(await card.locator('.offer-reference dd').textContent()).toBe(REFERENCE);
    expect(await card.locator('.offer-location dd').textContent()).toMatch(/Nouméa/);
    expect(await card.locator('.offer-deadline dd').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(pageErrors).toEqual([]);
  });

  it('renders user text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const input = page.getByLabel('Votre question');
    await input.fill(hostile);
    await input.press('Enter');
    const bubble = page.locator('.msg-user .msg-text').last();
    expect(await bubble.textContent()).toBe(hostile);
    expect(await page.locator('#chat-log img').count()).toBe(0);
    await expect.poll(() => page.locator('body.is-waiting').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows the lost connection and reconnects', async () => {
    await channel.close();
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('closed');
    expect(await page.locator('#chat-status-text').textContent()).toMatch(/Déconnecté/);
    expect(await page.locator('#chat-send').isDisabled()).toBe(true);
    channel = attachWebChannel({ server, assistant, logger: silent });
    await expect
      .poll(() => page.locator('#chat-status').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('open');
  });
});
