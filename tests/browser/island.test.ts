/**
 * The island as a reader meets it: presets and Reset, figures that share a
 * key moving together, a shared link that sets the prose at once, "Cite this
 * view" small (its speed is timed by npm run bench), and a frozen version
 * that cannot draw a view saying so. How its controls and drawing read and
 * sit (spoken values, no shift, text on a phone, dark colours):
 * island-controls.test.ts.
 *
 * Pages that no essay has yet (two figures sharing keys, a preset, a frozen
 * version whose code no longer reproduces it) are made from the built pages
 * with a route that edits their HTML as the build would have written it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { giAfter, wakeIslands } from '../support/live-island.ts';
import { useOneTab } from '../support/one-tab.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { figurePath } from '../../src/figures/paths.ts';

const site = useBuiltSite();
// One tab for every test, a fresh load for each (tests/support/one-tab.ts).
const tab = useOneTab(site, { colorScheme: 'light' });
/** The viewport of a new tab (playwright's default): tests that did not choose one had it. */
const DEFAULT = { width: 1280, height: 720 };
const dist = new URL('../../dist/', import.meta.url).pathname;

/** The latest (live) version of the loss-gap figure, and its gᵢ slider as the spec defines it. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = figurePath(lossGap);
const gI = lossGap.params.g_i!;

/** Serves `path` with its HTML passed through `edit`. */
async function edited(page: Page, path: string, edit: (html: string) => string | Promise<string>): Promise<void> {
  await page.route(
    (url) => url.origin === site.server.origin && url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: await edit(await response.text()) });
    },
  );
}

describe('presets', () => {
  it('start the island at the preset; moving writes the URL relative to it; Reset returns to it', async () => {
    const page = await tab.fresh(DEFAULT);
    await edited(page, LATEST, (html) =>
      html.replace('<live-figure class="figure-host"', `<live-figure data-preset='{"g_i":2.4}' class="figure-host"`),
    );
    await page.goto(`${site.server.origin}${LATEST}`);
    await wakeIslands(page);
    const slider = page.locator('input[name="g_i"]');
    await expect(slider.inputValue()).resolves.toBe('2.4');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('g_i') === giAfter(1, 2.4));
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(slider.inputValue()).resolves.toBe('2.4');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('2.4 times per year');
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('named values', () => {
  it('a click on an anchor button sets its parameter and marks it pressed', async () => {
    const page = await tab.fresh(DEFAULT);
    // As FigureControls.astro renders a parameter with `anchors` (no published spec has one yet).
    await edited(page, LATEST, (html) =>
      html.replace(
        /(<output for="[^"]*-g_i">[^<]*<\/output>)/,
        '$1<div class="control-anchors" role="group" aria-label="Named values of Frontier spend growth"><button type="button" data-anchor="g_i" data-value="5" title="5×/yr. Source: test">Fast</button></div>',
      ),
    );
    await page.goto(`${site.server.origin}${LATEST}`);
    await wakeIslands(page);
    await page.getByRole('button', { name: 'Fast' }).click();
    await expect(page.locator('input[name="g_i"]').inputValue()).resolves.toBe('5');
    await expect(page.getByRole('button', { name: 'Fast' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForURL((url) => url.searchParams.get('g_i') === '5');
  });
});

describe('figures sharing a parameter', () => {
  it('move together, and the prose follows', async () => {
    const page = await tab.fresh(DEFAULT);
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    await wakeIslands(page);
    // Two figures of the essay that share g_i: the loss gap and the capability gap.
    const a = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const b = page.locator('live-figure[data-figure="meek-capability-gap"]');
    await b.scrollIntoViewIfNeeded();
    await expect.poll(() => b.getAttribute('data-live')).toBe('ready');
    const svgB = await b.locator('[data-plot]').innerHTML();
    const prose = page.locator('[data-figure-value="meek-loss-gap:peakYearsAfterStart"]').first();
    const proseBefore = await prose.textContent();
    await a.scrollIntoViewIfNeeded();
    await a.locator('input[name="g_i"]').focus();
    // A move of 1×/yr, as before v4 (10 steps of 0.1): a few steps of 0.01 need not change the prose's rounding.
    const presses = Math.round(1 / gI.step);
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
    await expect(b.locator('input[name="g_i"]').inputValue()).resolves.toBe(giAfter(presses));
    await expect(b.locator('output[for$="-g_i"]').textContent()).resolves.toBe(`${giAfter(presses)}×/yr`);
    // This number stands far from the figure: prose out of sight is written once the reader pauses (150 ms,
    // FAR_PROSE_DELAY_MS in island-prose.ts), not on each key press (46037b4).
    await expect.poll(() => prose.textContent()).not.toBe(proseBefore);
    await b.scrollIntoViewIfNeeded();
    await expect.poll(() => b.locator('[data-plot]').innerHTML()).not.toBe(svgB);
    // Keys the other figure lacks stay put: the capability figure has no inference lead.
    await expect(b.locator('input[name="inference_lead"]').count()).resolves.toBe(0);
  });
});

describe('a figure out of sight that shares the moved parameter', () => {
  it('updates its slider and prose at once but draws only when the reader reaches it', async () => {
    const page = await tab.fresh({ width: 1280, height: 700 });
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    await wakeIslands(page);
    const a = page.locator('live-figure[data-figure="meek-loss-gap"]');
    const b = page.locator('live-figure[data-figure="meek-capability-gap"]');
    await b.scrollIntoViewIfNeeded();
    await expect.poll(() => b.getAttribute('data-live')).toBe('ready');
    await a.scrollIntoViewIfNeeded();
    const far = await b.evaluate((host) => host.getBoundingClientRect().top > innerHeight + 400);
    expect(far, 'the second figure is well below the screen').toBe(true);
    await b.evaluate((host) => {
      const plot = host.querySelector('[data-plot]')!;
      new MutationObserver(() => host.setAttribute('data-redrawn', 'yes')).observe(plot, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    });
    await a.locator('input[name="g_i"]').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(b.locator('output[for$="-g_i"]').textContent()).resolves.toBe(`${giAfter(5)}×/yr`);
    expect(await b.getAttribute('data-redrawn')).toBeNull();
    await b.scrollIntoViewIfNeeded();
    await expect.poll(() => b.getAttribute('data-redrawn')).toBe('yes');
  });
});

describe('a shared link with state', () => {
  it('sets the prose numbers at once, before the reader scrolls or does anything', async () => {
    const page = await tab.fresh({ width: 1000, height: 700 });
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    const value = '[data-figure-value="meek-loss-gap:peakGap"]';
    const atDefaults = await page.locator(value).first().textContent();
    await page.goto(`${site.server.origin}/essays/meek-models/?g_i=8`);
    await page.waitForFunction(
      ([selector, before]) => document.querySelector(selector!)?.textContent !== before,
      [value, atDefaults],
      // Set by the page script, which starts after the first paint (up to 3 s after the load under load).
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('"Cite this view"', () => {
  // How fast it answers (≤ 100 ms) is a timing: npm run bench measures it (scripts/bench/cite-timing.ts).
  it('loads at most 5 KB gzip, names the view, and ships no citation-js', async () => {
    const page = await tab.fresh(DEFAULT);
    const loaded: { url: string; bytes: number }[] = [];
    await page.goto(`${site.server.origin}${LATEST}?g_i=5`);
    await page.waitForSelector('live-figure[data-live="ready"]');
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: response.url(), bytes: gzipSync(body, { level: 9 }).length });
    });
    // A reader's pointer reaches the button before the click (that warms the citation's code and templates).
    // "Cite this view" is in the figure's "Download or cite" menu.
    await page.locator('[data-figure-menu] > summary').click();
    await page.locator('button[data-cite]').hover();
    await page.locator('button[data-cite]').click();
    await page.locator('[data-view-citation]:not([hidden]) pre').first().waitFor();
    await page.waitForTimeout(200);
    const bytes = loaded.reduce((sum, file) => sum + file.bytes, 0);
    expect(bytes, loaded.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(5 * 1024);
    await expect(page.locator('[data-view-url]').getAttribute('href')).resolves.toMatch(
      new RegExp(`/v${lossGap.version}/\\?g_i=5$`),
    );
    await expect(page.locator('[data-view-citation] pre').first().textContent()).resolves.toMatch(
      // The note names the setting by its symbol (citation-js writes gᵢ as gi in BibTeX), never the key g_i.
      /note = \{View with gi = 5\}/,
    );
    await expect(page.getByRole('button', { name: 'Copy BibTeX' }).count()).resolves.toBe(1);
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of scripts) expect(readFileSync(join(dist, '_astro', file), 'utf8'), file).not.toContain('@bibtex');
  });
});

describe('a parameter with choices', () => {
  const memo = getFigure('memo-costs');
  it('is named by its choice in Cite this view and in a link’s notice; the link keeps the number', async () => {
    const page = await tab.fresh(DEFAULT);
    // 0.7 lies between the two choices: the page moves it to the nearer and names what it uses.
    await page.goto(`${site.server.origin}${figurePath(memo)}?cloud=0.7`);
    await page.waitForSelector('live-figure[data-live="ready"]');
    await expect
      .poll(() => page.locator('[data-page-notice][data-shown]').textContent())
      .toContain('“cloud” = 0.7 is not one of its values');
    await expect(page.locator('[data-page-notice][data-shown]').textContent()).resolves.toContain(
      'using 1 (cloud rental rates).',
    );
    await page.locator('[data-page-notice-dismiss]').click();
    await page.locator('[data-figure-menu] > summary').click();
    await page.locator('button[data-cite]').click();
    await page.locator('[data-view-citation]:not([hidden]) pre').first().waitFor();
    await expect(page.locator('[data-view-url]').getAttribute('href')).resolves.toMatch(/\?cloud=1$/);
    const bibtex = await page.locator('[data-view-citation] pre').first().textContent();
    expect(bibtex).toMatch(/note = \{View with price the compute at: cloud rental rates\}/);
    expect(bibtex).toMatch(/url = \{[^}]*\?cloud=1\}/);
    await page.locator('[data-view-citation] label', { hasText: 'CSL-JSON' }).click();
    await expect(page.locator('[data-view-citation] pre').first().textContent()).resolves.toContain(
      '"note": "View with price the compute at: cloud rental rates"',
    );
  });
});

describe('a data table’s coded column', () => {
  it('shows each value’s name, not its code, in the page’s table', async () => {
    const page = await tab.fresh(DEFAULT);
    const compute = getFigure('open-closed-compute');
    await page.goto(`${site.server.origin}${figurePath(compute)}`);
    const column = compute.columns.findIndex((c) => c.name === 'open');
    const cells = () =>
      page
        .locator('[data-table-body]')
        .first()
        .locator(`tr td:nth-child(${column + 1})`)
        .allTextContents();
    expect(new Set(await cells())).toEqual(new Set(['yes', 'no']));
  });
});

describe('a data table’s row-reference column', () => {
  it('names the row it points at, in the page’s table and in the reader’s rows', async () => {
    const page = await tab.fresh(DEFAULT);
    const fit = getFigure('device-fit');
    const column = fit.columns.findIndex((c) => c.name === 'device_row');
    // A link with state: the island goes live at once and fills the open table with the reader's rows.
    await page.goto(`${site.server.origin}${figurePath(fit)}?bits_per_weight=8`);
    const table = page.locator('details[data-table-details]').first();
    const firstCell = table.locator(`[data-table-body] tr:first-child td:nth-child(${column + 1})`);
    await expect(firstCell.textContent()).resolves.toBe('GeForce RTX 3090');
    const largest = table.locator(
      `[data-table-body] tr:first-child td:nth-child(${fit.columns.findIndex((c) => c.name === 'max_parameters') + 1})`,
    );
    const built = await largest.textContent();
    await table.locator('summary').click();
    await page.locator('live-figure[data-live="ready"]').waitFor();
    // The island's rows (8 bits a weight fit fewer parameters than the page's), with the machine still named.
    await expect.poll(() => largest.textContent()).not.toBe(built);
    await expect(firstCell.textContent()).resolves.toBe('GeForce RTX 3090');
    await expect(table.locator('th').nth(column).textContent()).resolves.toBe('Device');
  });
});

describe('a frozen version that cannot draw a view', () => {
  it('says so and links the same view on the latest version', async () => {
    const page = await tab.fresh(DEFAULT);
    // As Figure.astro writes a frozen version whose code no longer reproduces its bytes.
    await edited(page, '/figures/meek-loss-gap/v1/', (html) =>
      html
        .replace(
          /<live-figure class="figure-host" data-figure="meek-loss-gap" data-version="1" data-keys="([^"]*)"[^>]*>/,
          `<div class="figure-host" data-figure="meek-loss-gap" data-version="1" data-frozen-keys="$1" data-latest="${LATEST}">`,
        )
        .replace('</live-figure>', '</div>'),
    );
    await page.goto(`${site.server.origin}/figures/meek-loss-gap/v1/?g_i=4&alpha=0.16`);
    const notice = page.locator('[data-page-notice][data-shown]');
    await notice.waitFor({ state: 'visible' });
    await expect(notice.innerText()).resolves.toMatch(/Version 1 is frozen.*cannot draw the settings in this link/);
    await expect(page.locator('[data-latest-view]').getAttribute('href')).resolves.toBe(`${LATEST}?g_i=4&alpha=0.16`);
  });

  it('a frozen version whose code reproduces it draws the view exactly', async () => {
    const page = await tab.fresh(DEFAULT);
    // open-closed-compute v2 is superseded, and today's code still draws its frozen bytes exactly.
    await page.goto(`${site.server.origin}/figures/open-closed-compute/v2/?from_year=2020`);
    await page.waitForSelector('live-figure[data-live="ready"]');
    await expect(page.locator('input[name="from_year"]').inputValue()).resolves.toBe('2020');
    await expect(page.locator('[data-alt]').textContent()).resolves.toContain('2020');
  });
});
