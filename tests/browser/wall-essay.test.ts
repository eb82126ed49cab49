/**
 * The wall essay in Chromium against the built site: every figure reads
 * without JavaScript; moving one slider per figure redraws it and changes the
 * prose numbers it computes; the uncertainty band is recomputed by the band
 * worker; the "what would you have to believe" box solves again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { useOneTab } from '../support/one-tab.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();
const PATH = '/essays/peak-capabilities-wall/';

/**
 * One slider per figure, moved to one end, a prose number of that figure that must change, and a sentence
 * chosen by case: the option shown at the start and the one shown at the slider's end.
 */
const CASES = [
  {
    figure: 'open-closed-benchmark-lag',
    param: 'from_year',
    press: 'End',
    value: 'medianLag',
    case: 'censoring',
    options: ['mostlyMatched', 'mostlyUnmatched'],
  },
  {
    figure: 'wall-capability-curve',
    param: 'saturation',
    press: 'Home',
    value: 'slopeShareStart',
    case: 'bend',
    options: ['flattens', 'none'],
  },
  {
    figure: 'wall-gap-lag',
    param: 'ceiling_rise',
    press: 'End',
    value: 'gapTarget',
    case: 'closing',
    options: ['afterTarget', 'never'],
  },
  {
    figure: 'wall-glut',
    param: 'glut_delay',
    press: 'Home',
    value: 'openLeadTarget',
    case: 'glutEffect',
    options: ['wider', 'openAhead'],
  },
] as const;

/** The option of a figure's case whose sentence is on show. */
const shownOption = (page: Page, figure: string, name: string) =>
  page.locator(`[data-figure-case="${figure}:${name}"] > [data-when]:not([hidden])`).first().getAttribute('data-when');

async function openFigure(page: Page, figure: string) {
  const host = page.locator(`live-figure[data-figure="${figure}"]`);
  await host.scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.waitForFunction(
    (id) =>
      ['ready', 'failed'].includes(
        document.querySelector(`live-figure[data-figure="${id}"]`)?.getAttribute('data-live') ?? '',
      ),
    figure,
    { timeout: 20_000 },
  );
  await expect(host.getAttribute('data-live')).resolves.toBe('ready');
  return host;
}

describe('the wall essay without JavaScript', () => {
  it('shows its four figures, their numbers and the belief box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.server.origin}${PATH}`);
    expect(response?.status()).toBe(200);
    for (const { figure, value } of CASES) {
      const svg = page.locator(`[data-figure="${figure}"] [data-plot] svg:visible`);
      await expect(svg.count()).resolves.toBe(1);
      expect(await svg.locator('path, circle').count()).toBeGreaterThan(3);
      await expect(page.locator(`[data-figure-value="${figure}:${value}"]`).first().textContent()).resolves.toMatch(
        /\d/,
      );
    }
    // The band is drawn at build time.
    await expect(page.locator('[data-figure="wall-gap-lag"] [data-mark="area"]').count()).resolves.toBeGreaterThan(0);
    const box = page.locator('[data-believe]');
    await expect(box.count()).resolves.toBe(1);
    await expect(box.locator('[data-believe-param="saturation"]').textContent()).resolves.toMatch(
      /holds only if the saturation of returns σ is above \d/,
    );
    await context.close();
  });
});

describe('the wall essay with JavaScript', () => {
  // One tab for the cases, a fresh load for each (tests/support/one-tab.ts).
  const tab = useOneTab(site);

  it.each(CASES)('$figure: moving $param redraws the figure, changes its prose numbers and sentences', async (c) => {
    const page = await tab.fresh();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.server.origin}${PATH}`);
    const host = await openFigure(page, c.figure);
    const plot = host.locator('[data-plot]');
    const number = page.locator(`[data-figure-value="${c.figure}:${c.value}"]`).first();
    const plotBefore = await plot.innerHTML();
    const numberBefore = await number.textContent();
    await expect(shownOption(page, c.figure, c.case)).resolves.toBe(c.options[0]);
    await host.locator(`input[name="${c.param}"]`).focus();
    await page.keyboard.press(c.press);
    await expect.poll(() => plot.innerHTML()).not.toBe(plotBefore);
    await expect.poll(() => number.textContent()).not.toBe(numberBefore);
    await expect.poll(() => shownOption(page, c.figure, c.case)).toBe(c.options[1]);
    expect(errors).toEqual([]);
  });

  it('recomputes the uncertainty band in a worker and re-solves the belief box', async () => {
    const page = await site.browser.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${site.server.origin}${PATH}`);
    await openFigure(page, 'wall-gap-lag');
    // Read without waiting: between the first redraw and the worker's answer the figure has no band.
    const bandPath = () =>
      page.evaluate(
        () =>
          document
            .querySelector('live-figure[data-figure="wall-gap-lag"] [data-plot] [data-mark="area"] path')
            ?.getAttribute('d') ?? null,
      );
    const bandBefore = await bandPath();
    expect(bandBefore).not.toBeNull();
    const flip = page.locator('[data-believe-param="saturation"] [data-believe-sentence]');
    const flipBefore = await flip.textContent();
    await page.locator('live-figure[data-figure="wall-gap-lag"] input[name="open_lag"]').focus();
    await page.keyboard.press('End');
    // The band follows once the worker answers: its outline moves with the open lag.
    await page.waitForFunction(
      (before) => {
        const path = document.querySelector(
          'live-figure[data-figure="wall-gap-lag"] [data-plot] [data-mark="area"] path',
        );
        return path !== null && path.getAttribute('d') !== before;
      },
      bandBefore,
      { timeout: 30_000 },
    );
    expect(workers.some((url) => url.includes('band-worker'))).toBe(true);
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-believe-param="saturation"] [data-believe-sentence]')?.textContent !== before,
      flipBefore,
      { timeout: 30_000 },
    );
    await expect(page.locator('[data-believe-param="open_lag"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-believe-param="saturation"] [data-believe-current]').textContent()).resolves.toBe(
      '0.1 per point',
    );
    await page.close();
  });
});
