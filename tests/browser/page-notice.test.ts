/**
 * The page's notice about its link (src/components/page-notice.ts) as a reader with a keyboard or a phone meets it:
 * Escape puts it away unless a popup claims that Escape first; focus that was in it goes back where the reader was,
 * never to <body>; on a 390 px phone it never covers the focused slider or an open note or citation; it moves
 * nothing. The hostile links that fill it are in page-notice-hostile.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { observeLayoutShift, readLayoutShift } from '../../scripts/bench/layout-shift.ts';

const site = useBuiltSite();
const PHONE = { width: 390, height: 844 };
const NOTICE = '[data-page-notice][data-shown]';

async function open(path: string, phone = false): Promise<Page> {
  const context = await site.browser.newContext(
    phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } },
  );
  const page = await context.newPage();
  await observeLayoutShift(page);
  await page.goto(`${site.server.origin}${path}`);
  await pageScriptRan(page);
  await page.locator(NOTICE).waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

const close = (page: Page) => page.context().close();
const noticeCount = (page: Page) => page.locator('[data-page-notice]').count();

/** The focused element, as tag#id or tag[name] (or "body"), to say where focus went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const at = document.activeElement;
    if (!at || at === document.body) return 'body';
    const name = at.getAttribute('name');
    return `${at.tagName.toLowerCase()}${at.id ? `#${at.id}` : ''}${name ? `[name=${name}]` : ''}`;
  });

/** Two frames: what the notice does about a change shows in the next one. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Whether the notice is seen over any part of `selector`'s element: shown, not yielded, and overlapping it. */
function noticeOver(page: Page, selector: string, index = 0) {
  return page.evaluate(
    ({ selector, index }) => {
      const notice = document.querySelector<HTMLElement>('[data-page-notice][data-shown]');
      const target = document.querySelectorAll(selector)[index];
      if (!notice || !target || getComputedStyle(notice).visibility === 'hidden') return false;
      const a = notice.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    },
    { selector, index },
  );
}

describe('the notice and the keyboard', () => {
  it('Escape in the notice puts it away, and focus goes back to the slider the reader used', async () => {
    const page = await open('/essays/meek-models/?g_h=999');
    const slider = page.locator('input[name="g_h"]').first();
    await slider.focus();
    await page.locator('[data-page-notice-dismiss]').focus();
    await page.keyboard.press('Escape');
    await expect(noticeCount(page)).resolves.toBe(0);
    await expect(slider.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await close(page);
  });

  it('Dismiss from the keyboard on landing sends focus to the start of the main content or the linked figure, not <body>', async () => {
    for (const [path, expected] of [
      ['/?g_i=5', /^h1/],
      ['/essays/meek-models/?g_l=5', /^h1/],
      ['/essays/meek-models/?g_l=5#fig-horizon', /#fig-horizon$/],
    ] as const) {
      const page = await open(path);
      // The reader stays where they were reading: what they read stays where it is on screen. (Not scrollY: an
      // essay lays out the blocks above the screen in idle time, and the browser's scroll anchoring moves scrollY
      // to keep what is on screen still; lay-out-when-idle.ts.)
      const target = path.includes('#') ? '#fig-horizon' : 'h1';
      const onScreen = () =>
        page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().top, target);
      const before = await onScreen();
      await page.locator('[data-page-notice-dismiss]').focus();
      await page.keyboard.press('Enter');
      await expect(noticeCount(page), path).resolves.toBe(0);
      expect(await focused(page), path).toMatch(expected);
      expect(Math.abs((await onScreen()) - before), path).toBeLessThanOrEqual(1);
      await close(page);
    }
  });

  it('Escape elsewhere on the page puts it away and leaves focus where it is', async () => {
    const page = await open('/essays/meek-models/?g_l=5');
    const link = page.locator('main a[href]').first();
    await link.focus();
    await page.keyboard.press('Escape');
    await expect(noticeCount(page)).resolves.toBe(0);
    await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await close(page);
  });

  it('Escape closes an open figure menu first, then the notice', async () => {
    const page = await open('/essays/meek-models/?g_h=999');
    const menu = page.locator('live-figure[data-live="ready"] [data-figure-menu]').first();
    await menu.locator('summary').click();
    await expect(menu.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(menu.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(noticeCount(page)).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(noticeCount(page)).resolves.toBe(0);
    await close(page);
  });
});

describe('the notice on a 390 px phone', () => {
  it('never covers the focused slider, and shows again once the reader is done; nothing moves', async () => {
    const page = await open('/essays/meek-models/?g_h=999', true);
    const sliders = page.locator('input[type="range"]');
    const count = await sliders.count();
    expect(count).toBeGreaterThan(4);
    const covered: string[] = [];
    for (let index = 0; index < count; index++) {
      // Focus from script, as keyboard focus scrolls a control into view, but with no input to excuse a shift.
      await sliders.nth(index).evaluate((el) => (el as HTMLElement).focus());
      await settle(page);
      if (await noticeOver(page, 'input[type="range"]', index)) covered.push(String(index));
    }
    expect(covered, `sliders under the notice: ${covered.join(', ')} of ${count}`).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await settle(page);
    await expect(page.locator(NOTICE).isVisible()).resolves.toBe(true);
    await expect(readLayoutShift(page)).resolves.toEqual({ cls: 0, shifts: [] });
    await close(page);
  });

  it('never covers an open note or a citation’s preview, and Escape closes the sheet before the notice', async () => {
    const page = await open('/essays/meek-models/?g_l=5', true);
    const cases = [
      { link: 'a[data-footnote-ref]', sheet: 'sup.is-open + .sidenote' },
      { link: '.cite-link', sheet: '.cite.is-open .cite-preview' },
    ];
    for (const { link, sheet } of cases) {
      // The link high on the screen: its sheet opens along the bottom, where the notice is.
      const ref = page.locator(link).first();
      await ref.scrollIntoViewIfNeeded();
      const y = (await ref.boundingBox())!.y;
      await page.evaluate((by) => scrollBy(0, by), y - 120);
      await ref.tap();
      await page.locator(sheet).waitFor({ state: 'visible' });
      await settle(page);
      expect(await noticeOver(page, sheet), `${link}: the notice over its sheet`).toBe(false);
      if (link === 'a[data-footnote-ref]') {
        await page.keyboard.press('Escape');
        await expect(page.locator(sheet).count()).resolves.toBe(0);
        await expect(noticeCount(page)).resolves.toBe(1);
      } else await page.locator('main h1').tap();
      await settle(page);
      await expect(page.locator(NOTICE).isVisible(), `${link}: shows again once the sheet is closed`).resolves.toBe(
        true,
      );
    }
    await close(page);
  });
});
