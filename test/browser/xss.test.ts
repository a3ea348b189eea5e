import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAssistant, type LoadedAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { startStack, type Stack } from '../channels/web/harness.ts';
import { launchChromium, pwned, watchedPage, type PageWatch } from './browser.ts';
import { hostileDataDir, PAYLOADS, XSS_REFERENCE } from './xssFixture.ts';

describe('XSS suite: hostile offers and messages in the widget and the offer page', () => {
  let stack: Stack;
  let assistant: LoadedAssistant;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let cleanup: () => void;

  const hostileTitle = () => assistant.catalog().byRef(XSS_REFERENCE)?.offer.title ?? '';
  const expectNothingRan = async (p: Page = page) => {
    expect(watch.dialogs).toEqual([]);
    expect(await pwned(p)).toBeUndefined();
    expect(
      await p.locator('#chat-log img, #chat-log script, .offer-page img, main script').count(),
    ).toBe(0);
  };
  const linksAreSafe = async () => {
    const hrefs = await page
      .locator('#chat-log a')
      .evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
    for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
    const raw = await page
      .locator('#chat-log a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of raw) expect(href).toMatch(/^\/offres\/[\w%-]+$/);
  };

  beforeAll(async () => {
    const data = hostileDataDir();
    cleanup = data.cleanup;
    const clock = fixedClock('2025-06-05');
    assistant = await createAssistant({ dataDir: data.dir, clock });
    stack = await startStack({ assistant, clock });
    browser = await launchChromium();
    ({ page, watch } = await watchedPage(browser));
    await page.goto(`${stack.baseUrl}/`);
    await page.locator('#chat-status[data-state="open"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    cleanup?.();
  });

  it('shows a hostile offer title literally on its card, with a safe link', async () => {
    expect(hostileTitle()).toContain('<script>alert(1)</script>');
    const input = page.getByLabel('Votre question');
    await input.fill('quels postes sont ouverts à Nouméa ?');
    await input.press('Enter');
    const card = page.locator(`.offer-card[data-reference="${XSS_REFERENCE}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator('.offer-title').textContent()).toBe(hostileTitle());
    expect(await card.locator('.offer-employer dd').textContent()).toBe(
      `Province Sud ${PAYLOADS[1]}`,
    );
    // The card is the listing's one representation: the text keeps its lead line only.
    expect(await page.locator('.msg-bot .msg-text').last().textContent()).not.toContain(
      XSS_REFERENCE,
    );
    await linksAreSafe();
    await expectNothingRan();
  });

  it('renders a hostile quick reply as its card button label, and its answer as text', async () => {
    const button = page.locator(`.offer-card[data-reference="${XSS_REFERENCE}"] .offer-ask`);
    expect(await button.getAttribute('aria-label')).toBe(`${hostileTitle()} (${XSS_REFERENCE})`);
    const answers = await page.locator('.msg-bot').count();
    await button.click();
    await expect
      .poll(() => page.locator('.msg-user .msg-text').last().textContent())
      .toContain('<script>alert(1)</script>');
    await expect
      .poll(() => page.locator('.msg-bot').count(), { timeout: 15_000 })
      .toBe(answers + 1);
    await expectNothingRan();
  });

  it('shows every hostile user message literally', async () => {
    const input = page.getByLabel('Votre question');
    for (const payload of [
      ...PAYLOADS,
      '<svg onload=alert(1)>',
      '<iframe src="javascript:alert(1)"></iframe>',
    ]) {
      await input.fill(payload);
      await input.press('Enter');
      await expect
        .poll(() => page.locator('.msg-user .msg-text').last().textContent())
        .toBe(payload);
      await expect.poll(() => page.locator('body.is-waiting').count(), { timeout: 15_000 }).toBe(0);
    }
    expect(
      await page.locator('#chat-log svg, #chat-log iframe, #chat-log strong, #chat-log b').count(),
    ).toBe(0);
    await linksAreSafe();
    await expectNothingRan();
  });

  it('stays inert when the transcript is restored from storage after a reload', async () => {
    const users = await page.locator('.msg-user .msg-text').allTextContents();
    await page.reload();
    await expect.poll(() => page.locator('#chat-status').getAttribute('data-state')).toBe('open');
    expect(await page.locator('.msg-user .msg-text').allTextContents()).toEqual(users);
    expect(
      await page
        .locator(`.offer-card[data-reference="${XSS_REFERENCE}"] .offer-title`)
        .first()
        .textContent(),
    ).toBe(hostileTitle());
    await linksAreSafe();
    await expectNothingRan();
  });

  it('shows the hostile offer page literally, runs nothing, and embeds inert JSON-LD', async () => {
    const href = await page
      .locator(`.offer-card[data-reference="${XSS_REFERENCE}"] a.offer-link`)
      .first()
      .getAttribute('href');
    await page.goto(`${stack.baseUrl}${href}`);
    expect(await page.locator('h1').textContent()).toBe(hostileTitle());
    const missions = await page.locator('section li').allTextContents();
    expect(missions).toContain('<script>window.pwned=1</script>');
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(ld.title).toBe(hostileTitle());
    await expectNothingRan();
    expect(watch.errors).toEqual([]);
  });
});
