/**
 * The island as a reader meets it: presets and Reset, figures that share a
 * key moving together, a shared link that sets the prose at once, spoken
 * slider values and a polite summary, no layout shift, readable text on a
 * phone, dark-mode colours, "Cite this view" small (its speed is timed by
 * npm run bench), and a frozen version that cannot draw a view saying so.
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
import { useOneTab } from '../support/one-tab.ts';
import { essayPaths } from '../support/site-pages.ts';
import { figureVersions, getFigure } from '../../src/figures/registry.ts';
import { figurePath } from '../../src/figures/paths.ts';
import { theme, THEME_COLOURS } from '../../src/figures/theme.ts';
import { formatDollars } from '../../src/figures/meek-loss-gap/values.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
// One tab for most tests, a fresh load for each (tests/support/one-tab.ts); the two that install the page clock
// or an init script open their own.
const tab = useOneTab(site, { colorScheme: 'light' });
/** The viewport of a new tab (playwright's default): tests that did not choose one had it. */
const DEFAULT = { width: 1280, height: 720 };
const dist = new URL('../../dist/', import.meta.url).pathname;

/** The latest (live) version of the loss-gap figure, and its gᵢ slider as the spec defines it. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = figurePath(lossGap);
const gI = lossGap.params.g_i!;
/** gᵢ after `presses` steps of its slider from `from`, written as the slider and the URL write it. */
const stepped = (from: number, presses: number) => {
  const decimals = (String(gI.step).split('.')[1] ?? '').length;
  return String(Number((from + presses * gI.step).toFixed(decimals)));
};

async function wake(page: Page): Promise<void> {
  await page.locator('live-figure').first().scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.waitForFunction(() =>
    [...document.querySelectorAll('live-figure')].every((h) => h.getAttribute('data-live') === 'ready'),
  );
}

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
    await wake(page);
    const slider = page.locator('input[name="g_i"]');
    await expect(slider.inputValue()).resolves.toBe('2.4');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('g_i') === stepped(2.4, 1));
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
    await wake(page);
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
    await wake(page);
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
    await expect(b.locator('input[name="g_i"]').inputValue()).resolves.toBe(stepped(gI.default, presses));
    await expect(b.locator('output[for$="-g_i"]').textContent()).resolves.toBe(`${stepped(gI.default, presses)}×/yr`);
    expect(await prose.textContent()).not.toBe(proseBefore);
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
    await wake(page);
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
    await expect(b.locator('output[for$="-g_i"]').textContent()).resolves.toBe(`${stepped(gI.default, 5)}×/yr`);
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

describe('controls for every reader', () => {
  it('speak their values and announce one summary once the reader pauses', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${LATEST}`);
    await wake(page);
    await expect(page.locator('input[name="budget"]').getAttribute('aria-valuetext')).resolves.toBe(
      '1 thousand US dollars',
    );
    await expect(page.locator('input[name="lead"]').getAttribute('aria-valuetext')).resolves.toBe('1 times');
    for (const input of await page.locator('input[type="range"]').all()) {
      const id = await input.getAttribute('id');
      await expect(page.locator(`label[for="${id}"]`).count()).resolves.toBe(1);
    }
    const summary = page.locator('[data-summary]');
    await expect(summary.getAttribute('aria-live')).resolves.toBe('polite');
    // The page's clock is stopped from here on (playwright's clock flows once installed, so it is paused at once): the
    // reader's keys come with no time between them, and the pause is one the test makes. In real time a load of ~30
    // let the 700 ms debounce run out between two presses. Nothing the reader did is pending before the keys.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 3_600_000);
    await page.locator('input[name="budget"]').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('input[name="budget"]').getAttribute('aria-valuetext')).resolves.toBe(
      '3.16 thousand US dollars',
    );
    expect(await summary.textContent()).toBe(''); // debounced: nothing while the reader is still moving
    await page.clock.runFor(1_000); // the reader pauses
    await page.waitForFunction(() => (document.querySelector('[data-summary]')?.textContent ?? '') !== '');
    const text = (await summary.textContent())!;
    expect(text.split('\n')).toHaveLength(1);
    // The budget as v4's description writes dollars: 10^(3 + 5 × 0.1) = $3,160.
    const budget = lossGap.params.budget!;
    expect(text).toContain(formatDollars(10 ** (Math.log10(budget.default) + 5 * budget.step)));
    await page.close();
  });

  it('take their space before the island loads: no layout shift', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A link with state loads the island at once, without any input to excuse a shift.
    await page.goto(`${site.server.origin}${LATEST}?g_i=5`);
    await page.waitForSelector('live-figure[data-live="ready"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.close();
  });

  // A browser may paint a page before it has parsed all of it. All controls share one grid (subgrid), so a column
  // sized by a later control moves the first one when it arrives: the bench caught the value column widening 13 px
  // on a phone. Every figure version's first control must sit where it will stay once the last is parsed.
  it.each([390, 1280])('sit where they stay once the first control is parsed, at %i px', async (width) => {
    const page = await tab.fresh({ width, height: 900 });
    const moved: string[] = [];
    for (const spec of figureVersions) {
      await page.goto(`${site.server.origin}${figurePath(spec)}`);
      const [whole, firstOnly] = await page.evaluate(() => {
        const place = () => {
          const first = document.querySelector('.control');
          if (!first) return '';
          return ['label', 'input[type="range"]', '.control-value']
            .map((part) => {
              const box = first.querySelector(part)!.getBoundingClientRect();
              return `${part} x ${box.x.toFixed(1)} w ${box.width.toFixed(1)}`;
            })
            .join(', ');
        };
        const whole = place();
        // As the parser would have left it: the first control only.
        for (const control of [...document.querySelectorAll('.control')].slice(1)) control.remove();
        return [whole, place()];
      });
      if (whole !== firstOnly) moved.push(`${figurePath(spec)}: ${firstOnly} → ${whole}`);
    }
    expect(moved).toEqual([]);
  });

  // The first input replaces the build-time drawing (scaled by CSS) with one drawn for the container: it must
  // keep that drawing's height, or the slider jumps under the reader's finger (13 px on a phone, before).
  // 560 px: the figure host is narrower than the plot there, so a wrong choice of build-time drawing would show.
  it.each([390, 560, 1280])('stay where they are when the reader first moves one, at %i px', async (width) => {
    const page = await tab.fresh({ width, height: 900 });
    const moved: string[] = [];
    for (const path of essayPaths()) {
      await page.goto(`${site.server.origin}${path}`);
      await wake(page);
      for (const host of await page.locator('live-figure').all()) {
        const slider = host.locator('input[type="range"]').first();
        if ((await slider.count()) === 0) continue;
        await host.scrollIntoViewIfNeeded();
        // Heights inside the figure, and the slider's place in it: prose above may still be taking numbers from
        // the previous figure's input (catch-up.ts), which moves the whole figure but nothing in it.
        const handle = await slider.elementHandle();
        const measure = () =>
          host.evaluate((h, input) => {
            const top = h.getBoundingClientRect().top;
            return {
              plot: h.querySelector('[data-plot]')!.getBoundingClientRect().height,
              slider: (input as HTMLElement).getBoundingClientRect().top - top,
            };
          }, handle);
        const before = await measure();
        await slider.evaluate((input: HTMLInputElement) => {
          const step = Number(input.step) || (Number(input.max) - Number(input.min)) / 100;
          input.value = String(
            Number(input.value) + step <= Number(input.max) ? Number(input.value) + step : Number(input.min),
          );
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        const after = await measure();
        const figure = await host.getAttribute('data-figure');
        if (Math.abs(after.plot - before.plot) > 0.5 || Math.abs(after.slider - before.slider) > 0.5)
          moved.push(
            `${path} ${figure}: plot ${before.plot.toFixed(1)} → ${after.plot.toFixed(1)} px, ` +
              `slider at ${before.slider.toFixed(1)} → ${after.slider.toFixed(1)} px`,
          );
      }
    }
    expect(moved).toEqual([]);
  });
});

describe('on a phone', () => {
  /** Smallest rendered text in the visible figure, in CSS pixels. */
  const smallestText = (page: Page) =>
    page.locator('[data-plot] svg:visible').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(
        ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
      );
    });

  it('draws text at least 11 px, before and after the island loads and on resize', async () => {
    const page = await tab.fresh({ width: 390, height: 844 });
    await page.goto(`${site.server.origin}${LATEST}`);
    await page.locator('live-figure').scrollIntoViewIfNeeded();
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
    await wake(page);
    await page.locator('input[name="g_i"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
    const width = await page.locator('[data-plot] svg').getAttribute('width');
    expect(Number(width)).toBeLessThan(390); // drawn for the container, not scaled down from 640
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction((w) => document.querySelector('[data-plot] svg')?.getAttribute('width') !== w, width);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
  });
});

describe('dark mode', () => {
  /** '#1d5fa6' as getComputedStyle writes it: 'rgb(29, 95, 166)'. */
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  it('maps the series colours to the dark palette through CSS variables', async () => {
    const page = await tab.fresh(DEFAULT);
    await page.goto(`${site.server.origin}${LATEST}`);
    // Found and read in one step: an island that wakes between finding a mark and reading it would detach it
    // (its computed style then reads '').
    const stroke = () =>
      page.evaluate((colour) => {
        const marks = [...document.querySelectorAll(`[data-plot] svg [stroke="${colour}"]`)];
        const shown = marks.find((mark) => mark.getClientRects().length > 0);
        return shown ? getComputedStyle(shown).stroke : 'no visible mark';
      }, theme.frontier);
    const light = await stroke();
    // The site's theme switch sets the colour scheme; the figure follows it.
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'dark'));
    const dark = await stroke();
    expect(light).toBe(rgb(THEME_COLOURS.frontier.light)); // rgb(29, 95, 166)
    expect(dark).toBe(rgb(THEME_COLOURS.frontier.dark)); // rgb(121, 180, 238)
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
    const notice = page.locator('[data-notice]');
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
