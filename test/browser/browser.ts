import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

// Debian's chromium is required: .ci/run installs it (apt-get install chromium).
const CHROMIUM = '/usr/bin/chromium';

/** Headless Debian Chromium, without network side traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/** What a page did that it should not: dialogs opened, page errors, CSP violations. */
export interface PageWatch {
  dialogs: string[];
  errors: string[];
  csp: string[];
}

/** A phone-sized French page that records dialogs (and dismisses them), errors and CSP reports. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const watch: PageWatch = { dialogs: [], errors: [], csp: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (err) => watch.errors.push(err.message));
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) watch.csp.push(msg.text());
  });
  return { page, watch };
}

/** The value of `window.pwned`, the flag every payload would set if it ran. */
export function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as { pwned?: unknown }).pwned);
}

/** The conversation token the widget keeps in sessionStorage. */
export function storedToken(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
    return g.sessionStorage.getItem('avp.chat.token');
  });
}

/** The focused element: its id, text and computed outline style. */
export function focused(page: Page): Promise<{ id: string; text: string; outline: string }> {
  return page.evaluate(() => {
    type El = { id: string; textContent: string | null };
    const g = globalThis as unknown as {
      document: { activeElement: El | null };
      getComputedStyle(el: El): { outlineStyle: string };
    };
    const el = g.document.activeElement;
    return el
      ? { id: el.id, text: el.textContent ?? '', outline: g.getComputedStyle(el).outlineStyle }
      : { id: '', text: '', outline: '' };
  });
}
