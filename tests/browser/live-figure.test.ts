/**
 * The live figure in Chromium against the built site: it shows without
 * JavaScript; with JavaScript a slider redraws the SVG and writes the URL; a
 * URL with state restores it; hostile URLs are ignored or clamped with a
 * notice (that every page loads only from its own origin and logs no errors is
 * the per-page sweep's, tests/support/page-sweep.ts); the island loads
 * on the reader's intent to use a figure (never for one who only scrolls), and a table when it is opened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { useFigures } from '../support/use-figures.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();

const latestCompute = getFigure('open-closed-compute');
/** The latest (live) version of the loss-gap figure, and its gᵢ slider as the spec defines it. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = `/figures/meek-loss-gap/v${lossGap.version}/`;
const gI = lossGap.params.g_i!;
/** gᵢ after `presses` steps of its slider from its default, written as the slider and the URL write it. */
const stepped = (presses: number) => {
  const decimals = (String(gI.step).split('.')[1] ?? '').length;
  return String(Number((gI.default + presses * gI.step).toFixed(decimals)));
};

/** Opens a page and brings its live figure to life. */
async function openLive(path: string, page?: Page): Promise<Page> {
  const target = page ?? (await site.browser.newPage());
  await target.goto(`${site.server.origin}${path}`);
  await target.locator('live-figure').first().scrollIntoViewIfNeeded();
  await useFigures(target); // islands load on intent: a control focused
  await waitForIsland(target);
  return target;
}

/** Waits until the page's live figure has loaded its island or failed to, and requires the former. */
async function waitForIsland(page: Page): Promise<void> {
  const host = page.locator('live-figure[data-live="ready"], live-figure[data-live="failed"]');
  await host.first().waitFor({ state: 'attached', timeout: 15_000 });
  await expect(page.locator('live-figure').first().getAttribute('data-live')).resolves.toBe('ready');
}

/**
 * The page has loaded and its script has run. Network idle alone is not enough: the page script starts after the
 * first paint is reported, which on a loaded machine can come after the network falls quiet, and until then the
 * controls are disabled (a reader cannot move them; a test that sets a value by script would be acting too early).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await pageScriptRan(page);
}

const plotMarkup = (page: Page) => page.locator('live-figure [data-plot]').first().innerHTML();
/** The picture's geometry: the same whether the server or the browser drew it (attribute order differs). */
const plotGeometry = (page: Page) =>
  page
    .locator('live-figure')
    .first()
    .locator('[data-plot] svg path')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));

describe('without JavaScript', () => {
  // The latest version and the essay are live (<live-figure>); a superseded version is frozen (live
  // only when its code is proven to reproduce it). Either way the server-rendered figure reads on its own.
  it.each([
    ['/essays/meek-models/', '.figure-host[data-figure="meek-loss-gap"]'],
    [LATEST, '.figure-host'],
    ['/figures/meek-loss-gap/v3/', '.figure-host'],
    ['/figures/meek-loss-gap/v2/', '.figure-host'],
    ['/figures/meek-loss-gap/v1/', '.figure-host'],
  ])('%s shows the figure and its data table', async (path, host) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.server.origin}${path}`);
    expect(response?.status()).toBe(200);
    const svg = page.locator(`${host} [data-plot] svg:visible`);
    await expect(svg.count()).resolves.toBe(1);
    await svg.scrollIntoViewIfNeeded();
    await expect(svg.isVisible()).resolves.toBe(true);
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(150);
    expect(await svg.locator('path').count()).toBeGreaterThan(3);
    await expect(page.locator(`${host} details[data-table-details]`).count()).resolves.toBe(1);
    await page.locator(`${host} details[data-table-details] summary`).click();
    if (path.startsWith('/essays/')) {
      // In an essay the table is a file fetched when opened; without JavaScript the link to the data stays.
      const csv = page.locator(`${host} details[data-table-details] a[href$="/data.csv"]`);
      await expect(csv.isVisible()).resolves.toBe(true);
      const response = await page.request.get(`${site.server.origin}${await csv.getAttribute('href')}`);
      expect(response.status()).toBe(200);
    } else expect(await page.locator(`${host} [data-table-body] tr`).count()).toBeGreaterThan(10);
    // Controls are drawn by the server (their space is reserved) and stay disabled without the island.
    const fieldsets = page.locator(`${host} [data-controls] fieldset`);
    for (const fieldset of await fieldsets.all()) await expect(fieldset.getAttribute('disabled')).resolves.toBe('');
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('moving a slider redraws the SVG, updates the prose numbers and writes the URL', async () => {
    const page = await openLive('/essays/meek-models/');
    const before = await plotMarkup(page);
    const peak = page.locator('[data-figure-value="meek-loss-gap:headStartForShrinkingGap"]');
    const peakBefore = await peak.textContent();
    await page.locator('live-figure[data-figure="meek-loss-gap"] input[name="g_i"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await plotMarkup(page)).not.toBe(before);
    await page.waitForURL((url) => url.searchParams.get('g_i') === stepped(2));
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] output[for$="-g_i"]').textContent(),
    ).resolves.toBe(`${stepped(2)}×/yr`);
    expect(await peak.textContent()).not.toBe(peakBefore);

    // The sentence around the figure ("the gap peaks N years after…") follows a larger move.
    const peakAfter = page.locator('[data-figure-value="meek-loss-gap:peakYearsAfterStart"]').first();
    const yearsBefore = await peakAfter.textContent();
    // A move of 1×/yr, as before v4 (10 steps of 0.1): a few steps of 0.01 need not change the prose's rounding.
    const presses = Math.round(1 / gI.step);
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] input[name="g_i"]').first().inputValue(),
    ).resolves.toBe(stepped(2 + presses));
    expect(await peakAfter.textContent()).not.toBe(yearsBefore);
    await page.waitForURL((url) => url.searchParams.get('g_i') === stepped(2 + presses));
    await page.close();
  });

  it('a URL with state restores the sliders and the picture; reset restores the defaults', async () => {
    const defaults = await openLive(LATEST);
    // Move a slider there and back, so the defaults are drawn at the container's width like the rest.
    await defaults.locator('input[name="g_i"]').focus();
    await defaults.keyboard.press('ArrowRight');
    await defaults.keyboard.press('ArrowLeft');
    const defaultPicture = await plotGeometry(defaults);
    await defaults.close();

    const page = await openLive(`${LATEST}?g_i=5&alpha=0.2&budget=1000000`);
    await expect(page.locator('input[name="g_i"]').inputValue()).resolves.toBe('5');
    await expect(page.locator('input[name="alpha"]').inputValue()).resolves.toBe('0.2');
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] output[for$="-g_i"]').textContent(),
    ).resolves.toBe('5×/yr');
    await expect(page.locator('output[for$="-alpha"]').textContent()).resolves.toBe('0.2');
    await expect(page.locator('input[name="budget"]').inputValue()).resolves.toBe('6'); // log10 of $1M
    await expect(page.locator('output[for$="-budget"]').textContent()).resolves.toBe('$1M');
    expect(await plotGeometry(page)).not.toEqual(defaultPicture);
    await expect(page.locator('[data-notice]').isHidden()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    expect(await plotGeometry(page)).toEqual(defaultPicture);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('ignores or clamps hostile URL values, says so, and injects nothing', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile =
      '?g_i=%3Cscript%3Ealert(1)%3C/script%3E&alpha=1e309&g_a=99&g_h=NaN&budget=&zz=%3Cimg%20src=x%20onerror=alert(2)%3E';
    await openLive(`${LATEST}${hostile}`, page);
    const notice = page.locator('[data-notice]');
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('“g_i” = "<script>alert(1)</script>" is not a number');
    expect(text).toContain('“alpha” = "1e309" is too large');
    expect(text).toContain('“g_a” = 99 is above the maximum; using 10.');
    expect(text).toContain('“g_h” = "NaN" is not a number');
    expect(text).toContain('“budget” is empty');
    expect(text).toContain('Unknown parameter "zz"');
    await expect(page.locator('input[name="g_a"]').inputValue()).resolves.toBe('10');
    await expect(page.locator('output[for$="-g_a"]').textContent()).resolves.toBe('10×/yr');
    await expect(page.locator('input[name="g_i"]').inputValue()).resolves.toBe(String(gI.default));
    await expect(page.locator('live-figure script, live-figure img, live-figure iframe').count()).resolves.toBe(0);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

// Every page loading only from its own origin, answering 200 and logging no errors: the per-page sweep
// (tests/support/page-sweep.ts), which reads the same load for its other checks.

describe('a figure that reads a dataset', () => {
  it('fetches its slice of its dataset version from the site, redraws on input and updates its values', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openLive(`/figures/open-closed-compute/v${latestCompute.version}/`, page);
    // Only the columns and rows the figure reads (src/figures/data-slices/), never the whole dataset.
    const slice = new RegExp(
      `^/figures/open-closed-compute/v${latestCompute.version}/ai-models-v1\\.[0-9a-f]{12}\\.json$`,
    );
    expect(fetched.filter((path) => slice.test(path))).toHaveLength(1);
    expect(fetched).not.toContain('/data/ai-models/v1/ai-models.json');
    // A year reads as a year, spoken and shown: "2018", not "2,018".
    await expect(page.locator('output[for$="-from_year"]').textContent()).resolves.toBe('2018');
    const before = await plotMarkup(page);
    await page.locator('input[name="from_year"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await plotMarkup(page)).not.toBe(before);
    await page.waitForURL((url) => url.searchParams.get('from_year') === '2019');
    await expect(page.locator('output[for$="-from_year"]').textContent()).resolves.toBe('2019');
    await expect(page.locator('input[name="from_year"]').getAttribute('aria-valuetext')).resolves.toBe('2019');
    await expect(page.locator('[data-alt]').textContent()).resolves.toMatch(/from 2019 to 2026/);
    await page.close();
  });
});

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
    await expect(slider.inputValue()).resolves.toBe(stepped(1));
    await expect(page.locator('live-figure output[for$="-g_i"]').textContent()).resolves.toBe(`${stepped(1)}×/yr`);
    await page.waitForURL((url) => url.searchParams.get('g_i') === stepped(1));
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
