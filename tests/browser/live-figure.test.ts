/**
 * The live figure in Chromium against the built site: it shows without
 * JavaScript; with JavaScript a slider redraws the SVG and writes the URL; a
 * URL with state restores it; hostile URLs are ignored or clamped with a
 * notice (that every page loads only from its own origin and logs no errors is
 * the per-page sweep's, tests/support/page-sweep.ts). When the island loads (on the reader's intent, never for
 * one who only scrolls) and when a table does: live-figure-intent.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { giAfter, waitForIsland } from '../support/live-island.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();

const latestCompute = getFigure('open-closed-compute');
/** The latest (live) version of the loss-gap figure, and its gᵢ slider as the spec defines it. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = `/figures/meek-loss-gap/v${lossGap.version}/`;
const gI = lossGap.params.g_i!;

/** Opens a page and brings its live figure to life. */
async function openLive(path: string, page?: Page): Promise<Page> {
  const target = page ?? (await site.browser.newPage());
  await target.goto(`${site.server.origin}${path}`);
  await target.locator('live-figure').first().scrollIntoViewIfNeeded();
  await useFigures(target); // islands load on intent: a control focused
  await waitForIsland(target);
  return target;
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
    await page.waitForURL((url) => url.searchParams.get('g_i') === giAfter(2));
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] output[for$="-g_i"]').textContent(),
    ).resolves.toBe(`${giAfter(2)}×/yr`);
    expect(await peak.textContent()).not.toBe(peakBefore);

    // The sentence around the figure ("the gap peaks N years after…") follows a larger move.
    const peakAfter = page.locator('[data-figure-value="meek-loss-gap:peakYearsAfterStart"]').first();
    const yearsBefore = await peakAfter.textContent();
    // A move of 1×/yr, as before v4 (10 steps of 0.1): a few steps of 0.01 need not change the prose's rounding.
    const presses = Math.round(1 / gI.step);
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
    await expect(
      page.locator('live-figure[data-figure="meek-loss-gap"] input[name="g_i"]').first().inputValue(),
    ).resolves.toBe(giAfter(2 + presses));
    expect(await peakAfter.textContent()).not.toBe(yearsBefore);
    await page.waitForURL((url) => url.searchParams.get('g_i') === giAfter(2 + presses));
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
    await expect(page.locator('[data-page-notice][data-shown]').count()).resolves.toBe(0);

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
    // The page's one notice (src/components/page-notice.ts) lists what the link's settings could not do.
    const notice = page.locator('[data-page-notice][data-shown] [role="status"]');
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await notice.innerText();
    expect(text).toContain(
      `“g_i” is not a number; using ${gI.default} instead of the link’s value “<script>alert(1)</script>”.`,
    );
    expect(text).toMatch(/“alpha” is too large to use; using [\d.]+ instead of the link’s value “1e309”\./);
    expect(text).toContain('“g_a” = 99 is above the maximum; using 10.');
    expect(text).toMatch(/“g_h” is not a number; using [\d.]+ instead of the link’s value “NaN”\./);
    expect(text).toContain('“budget” is empty');
    expect(text).toContain('Ignored the link’s unknown parameter “zz”.');
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
