/**
 * A citation's preview and a checked claim's note, as WCAG 2.2 SC 1.4.13 has content on hover or focus
 * (src/components/essay/essay-previews.ts, essay-apparatus.css): Escape hides it without moving focus or the
 * pointer, and it shows again once hover or focus leaves and comes back; at 1280 px the pointer can move from the
 * link onto the preview without it closing; with the link's notice open, Escape hides the preview first and the
 * notice next. By pointer and by keyboard, at 1280 px and on a 390 px phone.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { LINGER_MS } from '../../src/components/essay/sheet-linger.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';
const WIDE = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A citation of one work (Tab leaves it at once) and a claim, each with what it shows. */
const TRIGGERS = [
  { name: 'citation', trigger: '.cite:has(> a:only-of-type) > .cite-link', index: 2, popup: '.cite-preview' },
  { name: 'claim', trigger: '.claim', index: 1, popup: '.claim-checked' },
] as const;

async function open(path: string, options: typeof WIDE | typeof PHONE): Promise<Page> {
  const page = await site.browser.newPage(options);
  await page.goto(`${site.server.origin}${path}`);
  await pageScriptRan(page);
  return page;
}

/** The trigger in the middle of the screen, and its preview (a claim's is inside it, a citation's beside the link). */
async function find(page: Page, { trigger, index, popup }: (typeof TRIGGERS)[number]) {
  const link = page.locator(trigger).nth(index);
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return { link, popup: (trigger === '.claim' ? link : link.locator('xpath=..')).locator(popup) };
}

/** Whether the preview shows: rendered, and larger than the 1 px box a claim's hidden note keeps for screen readers. */
const shows = (popup: Locator) =>
  popup.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return getComputedStyle(el).display !== 'none' && box.width > 2 && box.height > 2;
  });

/** The middle of the trigger's first line (a claim can wrap: its box's middle may be off the text). */
const firstLine = (link: Locator) =>
  link.evaluate((el) => {
    const line = el.getClientRects()[0]!;
    return { x: line.left + Math.min(20, line.width / 2), y: line.top + line.height / 2 };
  });

const hasFocus = (link: Locator) => link.evaluate((el) => el === document.activeElement);

describe('Escape hides a preview shown by the pointer, until the pointer leaves', () => {
  for (const which of TRIGGERS) {
    it(`a ${which.name} at 1280 px`, async () => {
      const page = await open(ESSAY, WIDE);
      const { link, popup } = await find(page, which);
      const at = await firstLine(link);
      await page.mouse.move(at.x, at.y);
      await expect(shows(popup)).resolves.toBe(true);
      const before = await page.evaluate(() => document.activeElement?.tagName);
      await page.keyboard.press('Escape');
      await expect(shows(popup)).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe(before);
      // The pointer moving on the link keeps it hidden; leaving and coming back shows it.
      await page.mouse.move(at.x + 2, at.y);
      await expect(shows(popup)).resolves.toBe(false);
      await page.mouse.move(4, 400);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await expect(shows(popup)).resolves.toBe(true);
      await page.close();
    });

    it(`a ${which.name} tapped on a 390 px phone`, async () => {
      const page = await open(ESSAY, PHONE);
      const { link, popup } = await find(page, which);
      await link.tap();
      await expect(shows(popup)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(shows(popup)).resolves.toBe(false);
      await expect(hasFocus(link)).resolves.toBe(true);
      await page.locator('main h1').tap();
      await link.tap();
      await expect(shows(popup)).resolves.toBe(true);
      await page.close();
    });
  }
});

describe('Escape hides a preview shown by keyboard focus, which stays on the link, until focus leaves', () => {
  for (const [size, options] of [
    ['1280 px', WIDE],
    ['a 390 px phone', PHONE],
  ] as const) {
    for (const which of TRIGGERS) {
      it(`a ${which.name} on ${size}`, async () => {
        const page = await open(ESSAY, options);
        const { link, popup } = await find(page, which);
        await link.focus();
        await expect(shows(popup)).resolves.toBe(true);
        await page.keyboard.press('Escape');
        await expect(shows(popup)).resolves.toBe(false);
        await expect(hasFocus(link)).resolves.toBe(true);
        await page.keyboard.press('Tab');
        await expect(hasFocus(link)).resolves.toBe(false);
        await page.keyboard.press('Shift+Tab');
        await expect(hasFocus(link)).resolves.toBe(true);
        await expect(shows(popup)).resolves.toBe(true);
        await page.close();
      });
    }
  }
});

describe('the pointer reaches the preview at 1280 px', () => {
  for (const which of TRIGGERS) {
    it(`from a ${which.name} to what it shows, without it closing`, async () => {
      const page = await open(ESSAY, WIDE);
      const { link, popup } = await find(page, which);
      const at = await firstLine(link);
      await page.mouse.move(at.x, at.y);
      const box = (await popup.boundingBox())!;
      // Straight down, a pixel at a time, through the gap between the line and the preview.
      const to = { x: at.x, y: box.y + Math.min(12, box.height / 2) };
      await page.mouse.move(to.x, to.y, { steps: Math.ceil(to.y - at.y) });
      await expect(shows(popup)).resolves.toBe(true);
      await expect(popup.evaluate((el, { x, y }) => el.contains(document.elementFromPoint(x, y)), to)).resolves.toBe(
        true,
      );
      await page.close();
    });
  }
});

describe('a mouse in a narrow window reaches the sheet across the text', () => {
  // At this width a preview is a sheet along an edge of the screen, as on a phone, but the pointer is a mouse.
  const NARROW = { viewport: { width: 560, height: 800 } };
  for (const which of TRIGGERS) {
    it(`from a ${which.name} to its sheet, which stays while the pointer is on it and goes once it has left`, async () => {
      const page = await open(ESSAY, NARROW);
      const { link, popup } = await find(page, which);
      // The page's clock stops here (installed, then paused at once, as island-controls.test.ts does): the pointer
      // crosses the text in no time, and the moments are the ones the test lets pass. In real time a loaded machine
      // took longer than the sheet's moment over the 15 moves alone.
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 3_600_000);
      const at = await firstLine(link);
      await page.mouse.move(at.x, at.y);
      await expect(shows(popup)).resolves.toBe(true);
      const box = (await popup.boundingBox())!;
      const gap = box.y > at.y ? box.y - at.y : at.y - (box.y + box.height);
      expect(gap, 'the sheet is away from its link, across the text').toBeGreaterThan(40);
      // Straight across the text to the sheet's middle.
      const to = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      for (let step = 1; step <= 15; step++)
        await page.mouse.move(at.x + ((to.x - at.x) * step) / 15, at.y + ((to.y - at.y) * step) / 15);
      await page.clock.runFor(LINGER_MS + 300);
      await expect(shows(popup), 'still on show with the pointer on it').resolves.toBe(true);
      await expect(popup.evaluate((el, { x, y }) => el.contains(document.elementFromPoint(x, y)), to)).resolves.toBe(
        true,
      );
      // Off the sheet, onto plain text away from both: it goes after its moment.
      await page.mouse.move(5, at.y > 400 ? 60 : 740);
      await expect(shows(popup), 'for a moment after the pointer has left it').resolves.toBe(true);
      await page.clock.runFor(LINGER_MS + 300);
      await expect(shows(popup), 'gone once the pointer has left it').resolves.toBe(false);
      await page.close();
    });
  }
});

describe('with the link notice open', () => {
  for (const how of ['focus', 'pointer'] as const) {
    it(`Escape hides a citation's preview shown by ${how} first, then puts the notice away`, async () => {
      const page = await open(`${ESSAY}?g_l=5`, WIDE);
      const notice = page.locator('[data-page-notice][data-shown]');
      await notice.waitFor({ state: 'visible', timeout: 20_000 });
      const { link, popup } = await find(page, TRIGGERS[0]);
      if (how === 'focus') await link.focus();
      else await link.hover();
      await expect(shows(popup)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(shows(popup)).resolves.toBe(false);
      await expect(page.locator('[data-page-notice]').count()).resolves.toBe(1);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-page-notice]').count()).resolves.toBe(0);
      if (how === 'focus') await expect(hasFocus(link)).resolves.toBe(true);
      await page.close();
    });
  }
});
