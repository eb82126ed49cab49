/**
 * The island's controls and drawing as every reader meets them: sliders that speak their values and one polite
 * summary once the reader pauses; controls that take their space before the island loads and stay where they are
 * when it first draws; text at least 11 px on a phone; the series' colours following dark mode. Apart from what
 * the island does with a reader's state (island.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { wakeIslands } from '../support/live-island.ts';
import { useOneTab } from '../support/one-tab.ts';
import { essayPaths } from '../support/site-pages.ts';
import { figureVersions, getFigure } from '../../src/figures/registry.ts';
import { figurePath } from '../../src/figures/paths.ts';
import { theme, THEME_COLOURS } from '../../src/figures/theme.ts';
import { formatDollars } from '../../src/figures/meek-loss-gap/values.ts';

const site = useBuiltSite();
// One tab for most tests, a fresh load for each (tests/support/one-tab.ts); the two that install the page clock
// or an init script open their own.
const tab = useOneTab(site, { colorScheme: 'light' });
/** The viewport of a new tab (playwright's default): tests that did not choose one had it. */
const DEFAULT = { width: 1280, height: 720 };

/** The latest (live) version of the loss-gap figure. */
const lossGap = getFigure('meek-loss-gap');
const LATEST = figurePath(lossGap);

describe('controls for every reader', () => {
  it('speak their values and announce one summary once the reader pauses', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${LATEST}`);
    await wakeIslands(page);
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
      await wakeIslands(page);
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
    await wakeIslands(page);
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
