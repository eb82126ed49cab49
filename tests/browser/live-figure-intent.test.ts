/**
 * When the live figure's code loads, in Chromium against the built site: on the reader's intent to use a figure
 * (a pointer over it, a focus, a press), never for a reader who only scrolls; a move made before the island was
 * live is acted on, in order; a link with state goes live at once; a data table is fetched when it is opened.
 * What the island does once live: live-figure.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { giAfter, settled, waitForIsland } from '../support/live-island.ts';

const site = useBuiltSite();

/** The latest (live) version of the loss-gap figure, and its gᵢ slider as the spec defines it. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = `/figures/meek-loss-gap/v${lossGap.version}/`;
const gI = lossGap.params.g_i!;

describe('loading on intent', () => {
  /** Records the scripts a page fetches, by path. */
  const watchScripts = (page: Page) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    return scripts;
  };
  const islandFetched = (scripts: string[]) => scripts.some((path) => path.includes('live-figure-island'));

  it('loads no island for a reader who only scrolls, however far', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const scripts = watchScripts(page);
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    await settled(page);
    for (const host of await page.locator('live-figure').all()) {
      await host.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 200);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(500);
    expect(islandFetched(scripts)).toBe(false);
    await expect(page.locator('live-figure[data-live]').count()).resolves.toBe(0);
    await page.close();
  });

  it('fetches the island ahead when the mouse moves over a figure, and runs it on a press', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = watchScripts(page);
    await page.goto(`${site.server.origin}${LATEST}`);
    await settled(page);
    const plot = page.locator('live-figure [data-plot]');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.move(box.x + 60, box.y + 40);
    await expect.poll(() => islandFetched(scripts)).toBe(true);
    await expect(page.locator('live-figure').getAttribute('data-live')).resolves.toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    await waitForIsland(page);
    await page.close();
  });

  /** Holds the island's module back for a moment, so what a test does next happens before the island is live. */
  const slowIsland = (page: Page) =>
    page.route(/live-figure-island[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });

  it('acts on the first arrow key of a slider focused before the island was live', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await slowIsland(page);
    await page.goto(`${site.server.origin}${LATEST}`);
    await settled(page);
    const slider = page.locator('live-figure input[name="g_i"]');
    // Enabled with JavaScript before the island loads, so a keyboard reaches it; focus starts the load.
    await expect(slider.isEnabled()).resolves.toBe(true);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('live-figure').getAttribute('data-live')).resolves.toBe('loading');
    await waitForIsland(page);
    await expect(slider.inputValue()).resolves.toBe(giAfter(1));
    await expect(page.locator('live-figure output[for$="-g_i"]').textContent()).resolves.toBe(`${giAfter(1)}×/yr`);
    await page.waitForURL((url) => url.searchParams.get('g_i') === giAfter(1));
    await page.close();
  });

  it('acts on a slider moved and a button pressed before the island was live, in order', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await slowIsland(page);
    await page.goto(`${site.server.origin}${LATEST}`);
    await settled(page);
    const slider = page.locator('live-figure input[name="g_i"]');
    // A pointer drags the slider to its end, then presses Reset, both while the island loads.
    await slider.evaluate((input: HTMLInputElement) => {
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.locator('live-figure').getAttribute('data-live')).resolves.toBe('loading');
    await waitForIsland(page);
    await expect(slider.inputValue()).resolves.toBe(String(gI.default));
    expect(new URL(page.url()).search).toBe('');
    await page.close();

    // The move alone is kept: the island starts from it.
    const moved = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await slowIsland(moved);
    await moved.goto(`${site.server.origin}${LATEST}`);
    await settled(moved);
    const max = await moved.locator('live-figure input[name="g_i"]').evaluate((input: HTMLInputElement) => {
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return input.max;
    });
    await waitForIsland(moved);
    await moved.waitForURL((url) => url.searchParams.get('g_i') === max);
    await moved.close();
  });

  it('restores a view from the URL at once, without waiting for intent', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.origin}${LATEST}?g_i=5`);
    await waitForIsland(page);
    await expect(page.locator('input[name="g_i"]').inputValue()).resolves.toBe('5');
    await page.close();
  });

  it('fetches a data table when it is opened, and a live figure shows the reader’s rows in it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    await settled(page);
    const host = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const details = host.locator('details[data-table-details]');
    const src = (await details.getAttribute('data-table-src'))!;
    expect(fetched).not.toContain(src);
    await details.locator('summary').click();
    await expect.poll(() => host.locator('[data-table-body] tr').count()).toBeGreaterThan(10);
    expect(fetched).toContain(src);
    // Once the figure is live and moved, the open table shows the reader's rows.
    const rows = await host.locator('[data-table-body]').textContent();
    await host.locator('input[name="g_i"]').focus();
    await waitForIsland(page);
    await host.locator('input[name="alpha"]').evaluate((input: HTMLInputElement) => {
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => host.locator('[data-table-body]').textContent()).not.toBe(rows);
    await page.close();
  });
});
