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
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
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

  it('is refused by frame-ancestors on a site not in the configuration', async () => {
    const { page, watch } = await watchedPage(browser);
    await page.goto(`${other.origin}/`);
    await page.locator('#avp-chat-launcher').click();
    await expect.poll(() => watch.csp.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors/);
    const frame = await (await page.locator('#avp-chat-frame').elementHandle())?.contentFrame();
    expect(await frame?.locator('#chat-log').count()).toBe(0);
    await page.close();
  });
});
