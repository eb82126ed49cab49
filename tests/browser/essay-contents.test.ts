/**
 * Each essay's contents and reading progress (components/essay/): every entry
 * leads to a heading on the page; on a wide screen it stands open in the left
 * margin beside the text and marks the section being read; on a phone it is
 * a slim bar stuck to the top that names the section and opens to the list.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { essayPaths } from '../support/site-pages.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useOneTab } from '../support/one-tab.ts';

const site = useBuiltSite();
/** How long the contents' script may take to make its first reading: it only stops a hung test. */
const SCRIPT_READY_MS = 30_000;
// One tab for the file, a fresh load for each test (tests/support/one-tab.ts).
const tab = useOneTab(site);

async function open(path: string, width: number, height: number): Promise<Page> {
  const page = await tab.fresh({ width, height });
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

/**
 * Scrolls so that the heading `id` sits a little above the reading line, and waits for a frame. It first waits for
 * the contents' script to have made its first reading (it sets the progress bar's transform): the module loads after
 * the page, and under load it can run after the scroll, so a check that reads the mark at once would read too early.
 */
async function readAt(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-reading-progress]')?.style.transform.startsWith('scaleX('),
    undefined,
    { timeout: SCRIPT_READY_MS },
  );
  // Twice, as a reader who drags the scroll bar settles: blocks below the screen are laid out only as they come
  // near (src/styles/essay-containment.css), so a place worked out before the jump can be off by a block's
  // stand-in size; worked out again after, it is exact.
  for (let pass = 0; pass < 2; pass++) {
    await page.evaluate((target) => {
      const top = document.getElementById(target)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 100);
    }, id);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

describe.each(essayPaths())('%s', (path) => {
  it('lists its sections, each leading to a heading on the page', async () => {
    const page = await open(path, 1280, 800);
    const targets = await page.$$eval('[data-essay-contents] a', (links) =>
      links.map((a) => {
        const id = decodeURIComponent((a as HTMLAnchorElement).hash.slice(1));
        return { id, heading: /^H[23]$/.test(document.getElementById(id)?.tagName ?? '') };
      }),
    );
    expect(targets.length).toBeGreaterThanOrEqual(4);
    expect(targets.filter((t) => !t.heading)).toEqual([]);
  });

  it('on a wide screen, stands open in the margin and follows the section being read', async () => {
    const page = await open(path, 1280, 800);
    const nav = page.locator('[data-essay-contents]');
    await expect(nav.locator('ol a').first().isVisible()).resolves.toBe(true);
    const box = (await nav.boundingBox())!;
    const text = (await page.locator('.essay-body').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(text.x);
    const ids = await nav
      .locator('a')
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    const middle = ids[Math.floor(ids.length / 2)]!;
    await readAt(page, middle);
    await expect.poll(() => nav.locator('a[aria-current="location"]').getAttribute('href')).toBe(`#${middle}`);
    await expect(nav.locator('a[aria-current]').count()).resolves.toBe(1);
    const progress = await page
      .locator('[data-reading-progress]')
      .evaluate((bar) => Number(/scaleX\(([\d.]+)\)/.exec((bar as HTMLElement).style.transform)?.[1]));
    expect(progress).toBeGreaterThan(0.1);
    expect(progress).toBeLessThan(0.95);
    // Fixed in the margin: it is still on screen after the reader has moved on.
    expect((await nav.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  });

  it('on a wide screen, marking each section in turn moves no entry (no layout shift while reading)', async () => {
    const page = await open(path, 1280, 800);
    const nav = page.locator('[data-essay-contents]');
    const boxes = () =>
      nav.locator('ol a').evaluateAll((links) =>
        links.map((a) => {
          const r = a.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
      );
    const ids = await nav
      .locator('ol a')
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    const before = await boxes();
    const marked = new Set<string | null>();
    for (const id of ids) {
      await readAt(page, id);
      marked.add(await nav.locator('a[aria-current]').first().getAttribute('href'));
      expect(await boxes(), `entries moved when reading "${id}"`).toEqual(before);
    }
    // The walk really moved the mark through the sections (the last ones may share the page's end).
    expect(marked.size).toBeGreaterThanOrEqual(Math.min(4, ids.length));
  });

  it('on a phone, is a slim bar at the top that names the section and opens to the list', async () => {
    const page = await open(path, 390, 844);
    const nav = page.locator('[data-essay-contents]');
    const ids = await nav
      .locator('a')
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    const second = ids[1]!;
    await readAt(page, second);
    const bar = (await nav.boundingBox())!;
    expect(bar.y).toBe(0);
    expect(bar.height).toBeLessThanOrEqual(56);
    const title = await page.locator(`[id="${second}"]`).textContent();
    await expect.poll(() => page.locator('[data-current-section]').textContent()).toBe(title!.trim());
    await expect(nav.locator('details > ol').isVisible()).resolves.toBe(false);
    await nav.locator('summary').click();
    await expect(nav.locator('details > ol').isVisible()).resolves.toBe(true);
    // Every entry is a touch target of at least 24 px (WCAG 2.2 target size).
    const heights = await nav
      .locator('ol a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await nav.locator('ol a').first().click();
    await expect(nav.locator('details > ol').isVisible()).resolves.toBe(false);
  });
});
