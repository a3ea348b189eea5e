import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ConversationTokens } from '../../src/channels/conversationTokens.ts';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { startStack, type Stack } from '../channels/web/harness.ts';
import { focused, launchChromium, storedToken, watchedPage, type PageWatch } from './browser.ts';

const QUESTION = 'quels postes sont ouverts à Nouméa ?';
const REFERENCE = '3134-25-0699/SR';

describe('chat widget in Chromium (CSP on, clock pinned to 2025-06-05)', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const lastBotText = () => page.locator('.msg-bot .msg-text').last().textContent();

  beforeAll(async () => {
    const clock = fixedClock('2025-06-05');
    stack = await startStack({
      assistant: await createAssistant({ dataDir: 'data', clock }),
      clock,
    });
    browser = await launchChromium();
    ({ page, watch } = await watchedPage(browser));
    await page.goto(`${stack.baseUrl}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('connects, greets, and is labelled for assistive technology', async () => {
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    expect(await page.locator('#chat-status-text').textContent()).toBe('Connecté');
    await page.locator('.msg-bot .msg-text').first().waitFor();
    expect(await lastBotText()).toMatch(/^Bonjour/);
    expect(await page.locator('.quick-reply').allTextContents()).toEqual([
      'Offres ouvertes',
      'Aide',
    ]);
    expect(await page.locator('[role="log"][aria-live="polite"]').count()).toBe(1);
    expect(await page.getByLabel('Votre question').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await storedToken(page)).toMatch(/^[0-9a-f-]{36}\./);
  });

  it('works with the keyboard only: a quick reply chosen with Tab and Enter, focus back in the field', async () => {
    await page.getByLabel('Votre question').focus();
    let label = '';
    for (let i = 0; i < 6 && label !== 'Aide'; i += 1) {
      await page.keyboard.press('Shift+Tab');
      label = (await focused(page)).text;
    }
    expect(label).toBe('Aide');
    expect((await focused(page)).outline).not.toBe('none');
    const before = await page.locator('.msg-bot').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.msg-user .msg-text').last().textContent()).toBe('Aide');
    await expect
      .poll(() => page.locator('.msg-bot').count(), { timeout: 15_000 })
      .toBeGreaterThan(before);
    expect(await lastBotText()).toMatch(/Vous pouvez me demander/);
    expect((await focused(page)).id).toBe('chat-input');
  });

  it('answers with an offer card linking to the offer page', async () => {
    const input = page.getByLabel('Votre question');
    await input.fill(QUESTION);
    await input.press('Enter');
    const card = page.locator(`.offer-list-main .offer-card[data-reference="${REFERENCE}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await input.inputValue()).toBe('');
    expect(await card.locator('.offer-title').textContent()).toBe(
      'Chargé de la gestion des commissions',
    );
    expect(await card.locator('.offer-location dd').textContent()).toMatch(/Nouméa/);
    expect(await card.locator('.offer-deadline dd').textContent()).toBe('06/06/2025');
    expect(await card.locator('.offer-reference dd').textContent()).toBe(REFERENCE);
    const link = card.locator('a.offer-link');
    expect(await link.getAttribute('href')).toBe('/offres/3134-25-0699%2FSR');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const offerPage = await browser.newPage();
    await offerPage.goto(`${stack.baseUrl}/offres/3134-25-0699%2FSR`);
    expect(await offerPage.locator('h1').textContent()).toBe(
      'Chargé de la gestion des commissions',
    );
    await offerPage.close();
  });

  it('keeps the conversation over a reload: transcript shown, context kept on the server', async () => {
    const token = await storedToken(page);
    await page.reload();
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    expect(await storedToken(page)).toBe(token);
    expect(await page.locator(`.offer-card[data-reference="${REFERENCE}"]`).count()).toBe(1);
    expect(await page.locator('.msg-user .msg-text').allTextContents()).toEqual(['Aide', QUESTION]);
    expect(await page.locator('.msg-bot .msg-text', { hasText: /^Bonjour/ }).count()).toBe(1);

    const input = page.getByLabel('Votre question');
    await input.fill('et la date limite ?');
    await input.press('Enter');
    await expect.poll(lastBotText, { timeout: 15_000 }).toMatch(/date limite de candidature/);
    expect(await lastBotText()).toContain(REFERENCE);
    expect(await lastBotText()).toContain('vendredi 6 juin 2025');
  });

  it('shows the lost connection, reconnects with backoff and resumes the same conversation', async () => {
    const bubbles = await page.locator('.msg').count();
    await stack.channel.close();
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('closed');
    expect(await page.locator('#chat-status-text').textContent()).toMatch(
      /^Déconnecté — nouvelle tentative dans \d+ s$/,
    );
    expect(await page.locator('#chat-send').isDisabled()).toBe(true);
    stack.reattach();
    await expect
      .poll(() => page.locator('#chat-status').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('open');
    expect(await page.locator('.msg').count()).toBe(bubbles);
    const input = page.getByLabel('Votre question');
    await input.fill('et le diplôme ?');
    await input.press('Enter');
    await expect.poll(() => page.locator('.msg').count(), { timeout: 15_000 }).toBe(bubbles + 2);
    expect(await lastBotText()).toContain(REFERENCE);
  });

  it('keeps its transcript when the server no longer knows its token, and says it starts afresh', async () => {
    const users = await page.locator('.msg-user .msg-text').allTextContents();
    const bots = await page.locator('.msg-bot').count();
    // Signed with another secret: what a server restarted without its secret file sees.
    const stale = new ConversationTokens('le secret du serveur avant son redémarrage').issue('web');
    await page.evaluate((token) => {
      const g = globalThis as unknown as {
        sessionStorage: { setItem(k: string, v: string): void };
      };
      g.sessionStorage.setItem('avp.chat.token', token);
    }, stale);
    await page.reload();
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    const notice = page.locator('.msg-notice .msg-text');
    await expect
      .poll(() => notice.allTextContents())
      .toEqual(['La conversation reprend depuis le début.']);
    expect(await page.locator('.msg-user .msg-text').allTextContents()).toEqual(users);
    expect(await page.locator('.msg-bot').count()).toBe(bots + 1); // no second welcome
    const token = await storedToken(page);
    expect(token).not.toBe(stale);
    expect(stack.tokens.verify(token ?? '', 'web')).not.toBeNull();

    await page.reload(); // now resumed: the notice is part of the kept transcript, shown once
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    expect(await notice.count()).toBe(1);
    expect(await storedToken(page)).toBe(token);
  });

  it('ran under the CSP without a violation, an error or a dialog', () => {
    expect(watch).toEqual({ dialogs: [], errors: [], csp: [] });
  });
});
