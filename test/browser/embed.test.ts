import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { startStack, type Stack } from '../channels/web/harness.ts';
import { launchChromium, watchedPage } from './browser.ts';

interface HostSite {
  origin: string;
  botUrl: string;
  close(): Promise<void>;
}

/** Another site (another port, so another origin): one page holding the one script tag. */
async function hostSite(): Promise<HostSite> {
  const site: HostSite = { origin: '', botUrl: '', close: async () => {} };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fr"><head><title>Site partenaire</title></head><body><h1>Site partenaire</h1>` +
        `<script src="${site.botUrl}/embed.js" async></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return site;
}

describe('embedding with one script tag', () => {
  let stack: Stack;
  let browser: Browser;
  let allowed: HostSite;
  let other: HostSite;

  beforeAll(async () => {
    [allowed, other] = await Promise.all([hostSite(), hostSite()]);
    const clock = fixedClock('2025-06-05');
    stack = await startStack({
      assistant: await createAssistant({ dataDir: 'data', clock }),
      clock,
      security: { frameAncestors: [allowed.origin] },
    });
    allowed.botUrl = other.botUrl = stack.baseUrl;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await Promise.all([allowed?.close(), other?.close()]);
  });

  it('adds an accessible button that opens the chat in an iframe on a configured site', async () => {
    const { page, watch } = await watchedPage(browser);
    await page.goto(`${allowed.origin}/`);
    const launcher = page.locator('#avp-chat-launcher');
    await launcher.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.getAttribute('aria-label')).toMatch(/^Ouvrir l’assistant/);
    await launcher.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#avp-chat-frame').getAttribute('title')).toMatch(/^Assistant/);
    const chat = page.frameLocator('#avp-chat-frame');
    await chat.locator('#chat-status[data-state="open"]').waitFor({ timeout: 15_000 });
    await chat.locator('.msg-bot .msg-text').first().waitFor();
    expect(await chat.locator('.msg-bot .msg-text').first().textContent()).toMatch(/^Bonjour/);
    await chat.locator('.quick-reply', { hasText: 'Aide' }).click();
    await expect.poll(() => chat.locator('.msg-bot').count(), { timeout: 15_000 }).toBe(2);
    await page.keyboard.press('Escape');
    expect(watch).toEqual({ dialogs: [], errors: [], csp: [] });
    await page.close();
  });

  it('closes with Escape pressed in the chat, and with its visible close button (390×844)', async () => {
    const { page, watch } = await watchedPage(browser);
    await page.goto(`${allowed.origin}/`);
    const launcher = page.locator('#avp-chat-launcher');
    const frame = page.locator('#avp-chat-frame');
    const chat = page.frameLocator('#avp-chat-frame');
    const ways: [name: string, close: () => Promise<void>][] = [
      ['Escape in the question field', () => chat.getByLabel('Votre question').press('Escape')],
      ['the close button', () => chat.getByRole('button', { name: /Fermer/ }).click()],
    ];
    for (const [name, close] of ways) {
      await launcher.click();
      await chat.locator('#chat-status[data-state="open"]').waitFor({ timeout: 15_000 });
      expect([name, await frame.isVisible()]).toEqual([name, true]);
      expect(await chat.getByRole('button', { name: /Fermer/ }).isVisible()).toBe(true);
      await close();
      await expect.poll(() => frame.isVisible()).toBe(false);
      expect([name, await launcher.getAttribute('aria-expanded')]).toEqual([name, 'false']);
      expect(
        await page.evaluate(
          () =>
            (globalThis as { document?: { activeElement?: { id?: string } } }).document
              ?.activeElement?.id,
        ),
      ).toBe('avp-chat-launcher');
    }
    expect(watch).toEqual({ dialogs: [], errors: [], csp: [] });
    await page.close();
  });

  it('says plainly, in French, that a site not in the configuration may not show the chat', async () => {
    const { page, watch } = await watchedPage(browser);
    await page.goto(`${other.origin}/`);
    await page.locator('#avp-chat-launcher').click();
    const notice = page.locator('#avp-chat-refused');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/ce site n’est pas autorisé/i);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await page.locator('#avp-chat-frame:visible').count()).toBe(0);
    expect(watch.csp).toEqual([]);
    await page.close();
  });

  it('lets the allowed site know it is allowed, and nobody else (embed status route)', async () => {
    const cases: [origin: string | undefined, allowed: boolean][] = [
      [allowed.origin, true],
      [other.origin, false],
      [stack.baseUrl, true],
      [undefined, false],
      ['null', false],
    ];
    for (const [origin, expected] of cases) {
      const res = await fetch(`${stack.baseUrl}/embed-status`, {
        headers: origin ? { Origin: origin } : {},
      });
      expect([origin, res.status, await res.json()]).toEqual([origin, 200, { allowed: expected }]);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});
