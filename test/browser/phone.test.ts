import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FeedbackLog } from '../../src/dialog/learning/feedbackLog.ts';
import { ADMIN_TOKEN, startStack, type Stack } from '../channels/web/harness.ts';
import { launchChromium } from './browser.ts';
import { LINKS_EXPECTED, OFFERS, stubAssistant } from './phoneFixture.ts';

/** The browser's globals inside `page.evaluate` (the project compiles without the DOM lib). */
// biome-ignore lint/suspicious/noExplicitAny: in-page code runs in Chromium, not in Node
type InPage = any;

/** 14:05 in Nouméa (UTC+11) on 2025-06-05. */
const PINNED = new Date('2025-06-05T03:05:00Z');

describe('chat widget on a phone (390×844, Chromium, fixed answers)', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const assistant = stubAssistant();
  const feedback = new FeedbackLog({ clock: { now: () => PINNED } });
  const errors: string[] = [];

  const bots = () => page.locator('.msg-bot');
  const lastBot = () => bots().last();
  async function ask(text: string): Promise<void> {
    const before = await bots().count();
    const input = page.getByLabel('Votre question');
    await input.fill(text);
    await input.press('Enter');
    await expect.poll(() => bots().count(), { timeout: 15_000 }).toBe(before + 1);
  }
  /** Where the last answer sits in the log, and how the page itself is sized and scrolled. */
  const geometry = () =>
    page.evaluate(() => {
      const w = globalThis as InPage;
      const d = w.document;
      const log = d.getElementById('chat-log')!.getBoundingClientRect();
      const answers = d.querySelectorAll('.msg-bot');
      const answer = answers[answers.length - 1]!.getBoundingClientRect();
      return {
        docHeight: d.documentElement.scrollHeight,
        bodyHeight: d.body.scrollHeight,
        viewport: w.innerHeight,
        scrollY: w.scrollY,
        log: { top: log.top, bottom: log.bottom },
        answer: { top: answer.top, bottom: answer.bottom },
      };
    });

  beforeAll(async () => {
    stack = await startStack({ assistant, feedback });
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      timezoneId: 'Pacific/Noumea',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.clock.install({ time: PINNED });
    await page.goto(`${stack.baseUrl}/`);
    await page.locator('#chat-status[data-state="open"]').waitFor({ timeout: 15_000 });
    await bots().first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('focuses the question field on load', async () => {
    expect(await page.evaluate(() => (globalThis as InPage).document.activeElement?.id)).toBe(
      'chat-input',
    );
  });

  it('serves a favicon that the page names', async () => {
    for (const path of [
      '/favicon.ico',
      await page.locator('link[rel="icon"]').getAttribute('href'),
    ]) {
      const res = await page.request.get(`${stack.baseUrl}${path}`);
      expect([path, res.status()]).toEqual([path, 200]);
      expect(res.headers()['content-type']).toMatch(/^image\//);
    }
  });

  it('stamps each message with its time (Nouméa)', async () => {
    await ask('rapide');
    const stamps = await page
      .locator('.msg time')
      .evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.getAttribute('datetime')]));
    expect(stamps.length).toBeGreaterThanOrEqual(3);
    for (const [text, iso] of stamps) {
      expect(text).toMatch(/^14:0\d$/);
      expect(new Date(iso ?? '').getTime()).toBeGreaterThanOrEqual(PINNED.getTime());
    }
  });

  it('a listing shows one representation: the first 3 cards, then "voir plus"', async () => {
    await ask('offres ouvertes');
    const answer = lastBot();
    const text = (await answer.locator('.msg-text').textContent())?.trim();
    expect(text).toBe('18 offres ouvertes ce jeudi 5 juin 2025 :');
    expect(await answer.locator('.offer-card:visible').count()).toBe(3);
    const more = answer.getByRole('button', { name: /voir plus/i });
    expect(await more.textContent()).toMatch(/15/);
    await more.click();
    expect(await answer.locator('.offer-card:visible').count()).toBe(18);
    expect(await more.count()).toBe(0);
  });

  it('only the log scrolls: the page is never taller than the viewport, a swipe on the header moves nothing', async () => {
    const g = await geometry();
    expect([g.docHeight, g.bodyHeight]).toEqual([g.viewport, g.viewport]);
    await page.mouse.move(195, 30);
    await page.mouse.wheel(0, 3000);
    expect((await geometry()).scrollY).toBe(0);
  });

  it('each answer scrolls to its own start, not to its end', async () => {
    await ask('offres ouvertes');
    const more = lastBot().getByRole('button', { name: /voir plus/i });
    if (await more.count()) await more.click();
    await ask('offres ouvertes');
    const g = await geometry();
    // The start of the answer is in view; when it is taller than the log, it sits at the top.
    expect(g.answer.top).toBeGreaterThanOrEqual(g.log.top);
    expect(g.answer.top).toBeLessThan(g.log.bottom);
    if (g.answer.bottom > g.log.bottom) expect(g.answer.top - g.log.top).toBeLessThan(24);
  });

  it('quick replies naming a shown card go on that card; the rest stay short on one sideways row', async () => {
    await ask('boulanger à lifou');
    const answer = lastBot();
    for (const o of OFFERS.slice(0, 3)) {
      const where = await page.evaluate((ref) => {
        const d = (globalThis as InPage).document;
        const seen = (root: InPage) => (root ? root.textContent.split(ref).length - 1 : 0);
        const bubbles = d.querySelectorAll('.msg-bot');
        const last = bubbles[bubbles.length - 1]!;
        return {
          text: seen(last.querySelector('.msg-text')),
          cards: last.querySelectorAll(`.offer-card[data-reference="${ref}"]`).length,
          quick: seen(d.getElementById('chat-quick-replies')),
        };
      }, o.reference);
      expect([o.reference, where]).toEqual([o.reference, { text: 0, cards: 1, quick: 0 }]);
    }
    expect(await answer.locator('.offer-card button.offer-ask').count()).toBe(3);

    await ask('offre 1');
    const bar = await page.locator('#chat-quick-replies').evaluate((node) => {
      const { getComputedStyle } = globalThis as InPage;
      const buttons = [...node.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return {
        height: node.getBoundingClientRect().height,
        tops: new Set(buttons.map((b) => Math.round(b.top))).size,
        count: buttons.length,
        overflowX: getComputedStyle(node).overflowX,
        tallest: Math.max(...buttons.map((b) => b.height)),
      };
    });
    expect(bar).toMatchObject({ tops: 1, count: 5, overflowX: 'auto' });
    expect(bar.height).toBeLessThanOrEqual(56);
    expect(bar.tallest).toBeLessThanOrEqual(44);
  });

  it('a follow-up about the offer already shown answers in a line; another offer gets its card', async () => {
    const cases: [question: string, newCards: number][] = [
      ['offre 1', 0], // shown by the previous test
      ['date limite', 0],
      ['offre 2', 1],
      ['date limite', 1], // about offer 1 again, after offer 2's card
      ['date limite', 0],
    ];
    for (const [question, newCards] of cases) {
      await ask(question);
      expect([question, await lastBot().locator('.offer-card').count()]).toEqual([
        question,
        newCards,
      ]);
    }
  });

  it('makes e-mails, phone numbers and offer links clickable, and nothing else', async () => {
    await ask('contact');
    const links = await lastBot()
      .locator('.msg-text a')
      .evaluateAll((nodes) => nodes.map((a) => a.getAttribute('href')));
    expect(links).toEqual(LINKS_EXPECTED);
    expect(await lastBot().locator('.msg-text').textContent()).toContain(
      'javascript:alert(1) <a href="https://mal.example">x</a>',
    );
  });

  it('shows a typing indicator only when an answer takes more than 300 ms', async () => {
    const typing = page.locator('#chat-typing');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.evaluate(() => {
      const w = globalThis as InPage;
      w.typingSeen = false;
      const node = w.document.getElementById('chat-typing');
      if (!node) return;
      new w.MutationObserver(() => {
        if (!node.hidden) w.typingSeen = true;
      }).observe(node, { attributes: true });
    });
    await ask('rapide');
    await page.clock.runFor(1000);
    expect(
      await page.evaluate(() => (globalThis as unknown as { typingSeen: boolean }).typingSeen),
    ).toBe(false);

    assistant.hold();
    const input = page.getByLabel('Votre question');
    await input.fill('lente');
    await input.press('Enter');
    await page.clock.runFor(250);
    expect(await typing.isVisible()).toBe(false);
    await page.clock.runFor(100);
    expect(await typing.isVisible()).toBe(true);
    expect(await typing.textContent()).toMatch(/écrit/);
    assistant.release();
    await expect.poll(() => lastBot().locator('.msg-text').textContent()).toBe('Réponse lente.');
    expect(await typing.isVisible()).toBe(false);
    await page.clock.resume();
  });

  it('👍/👎 on each answer: the choice is marked, one per answer, changeable, listed for admins', async () => {
    const welcome = bots().first();
    expect(await welcome.locator('.msg-feedback button').count()).toBe(0);
    await ask('Je m’appelle Jean Dupont, offres ouvertes ?');
    const answer = lastBot();
    const up = answer.getByRole('button', { name: 'Réponse utile' });
    const down = answer.getByRole('button', { name: 'Réponse pas utile' });
    const pressed = async () => [
      await up.getAttribute('aria-pressed'),
      await down.getAttribute('aria-pressed'),
    ];
    const listed = async () => {
      const res = await page.request.get(`${stack.baseUrl}/admin/feedback`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      return (await res.json()) as Array<{ text: string; up: number; down: number }>;
    };
    expect(await pressed()).toEqual(['false', 'false']);
    for (const [button, marks, counts] of [
      [up, ['true', 'false'], { up: 1, down: 0 }],
      [up, ['true', 'false'], { up: 1, down: 0 }], // the same vote again counts once
      [down, ['false', 'true'], { up: 0, down: 1 }],
    ] as const) {
      await button.click();
      await expect.poll(pressed).toEqual(marks);
      expect(await listed()).toEqual([
        {
          text: "je m'appelle <nom>, offres ouvertes ?",
          intent: 'fallback',
          ...counts,
          lastVoted: PINNED.toISOString(),
        },
      ]);
    }
    const box = await up.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(32);
    await page.reload();
    await bots().last().waitFor();
    const again = bots().last();
    expect([
      await again.getByRole('button', { name: 'Réponse utile' }).getAttribute('aria-pressed'),
      await again.getByRole('button', { name: 'Réponse pas utile' }).getAttribute('aria-pressed'),
    ]).toEqual(['false', 'true']);
  });

  it('ran without a page error', () => {
    expect(errors).toEqual([]);
  });
});

/** Relative luminance (WCAG 2.1) of an sRGB colour. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour / background pairs of the theme, read as the page computes them. */
const PAIRS: [name: string, fg: string, bg: string][] = [
  ['page text', '--text', '--bg'],
  ['bubble text', '--text', '--bot-bg'],
  ['card text', '--text', '--card-bg'],
  ['muted on surface', '--muted', '--surface'],
  ['muted on page', '--muted', '--bg'],
  ['muted on card', '--muted', '--card-bg'],
  ['header and user bubble', '--accent-text', '--accent'],
  ['links on bubble', '--link', '--bot-bg'],
  ['links on card', '--link', '--card-bg'],
  ['quick reply', '--link', '--surface'],
  ['error', '--error', '--surface'],
  ['badge', '--warn', '--badge-bg'],
  ['closed badge', '--closed-text', '--closed-bg'],
];

describe('theme contrast (WCAG AA, 4.5:1 for text) in light and dark', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack({ assistant: stubAssistant() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every text pair reaches 4.5:1, and the page follows the scheme`, async () => {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        colorScheme: scheme,
      });
      await page.goto(`${stack.baseUrl}/`);
      await page.locator('.msg-bot').first().waitFor({ timeout: 15_000 });
      const colours = await page.evaluate(
        (names) => {
          const { document, getComputedStyle } = globalThis as InPage;
          const probe = document.createElement('span');
          document.body.appendChild(probe);
          const out: Record<string, number[]> = {};
          for (const name of names) {
            probe.style.color = `var(${name}, rgb(1, 2, 3))`;
            out[name] = (getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
          }
          out.page = (
            getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []
          ).map(Number);
          probe.remove();
          return out;
        },
        [...new Set(PAIRS.flatMap(([, fg, bg]) => [fg, bg]))],
      );
      for (const [name, fg, bg] of PAIRS) {
        expect(colours[fg], `${fg} is defined`).not.toEqual([1, 2, 3]);
        expect(colours[bg], `${bg} is defined`).not.toEqual([1, 2, 3]);
        const ratio = contrast(colours[fg]!, colours[bg]!);
        expect([name, ratio >= 4.5], `${name}: ${ratio.toFixed(2)}:1`).toEqual([name, true]);
      }
      const dark = luminance(colours.page!.slice(0, 3)) < 0.05;
      expect(dark).toBe(scheme === 'dark');
      await page.close();
    });
  }
});
