/**
 * The incentives and edge essays in Chromium against the built site: each
 * opens without console errors, and for every figure one slider moves the
 * picture and a number in the prose that the figure computes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { useOneTab } from '../support/one-tab.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();

interface Move {
  readonly figure: string;
  readonly slider: string;
  readonly key: 'ArrowRight' | 'ArrowLeft';
  readonly presses: number;
  /** A <FigureValue> of this figure that the move must change. */
  readonly value: string;
}

const ESSAYS: readonly { path: string; moves: readonly Move[] }[] = [
  {
    path: '/essays/incentives-and-compute-cost/',
    moves: [
      { figure: 'memo-costs', slider: 'finetune_usd', key: 'ArrowRight', presses: 10, value: 'fullVicunaCost' },
      { figure: 'budget-frontier', slider: 'g_a', key: 'ArrowRight', presses: 3, value: 'capabilityCostFall' },
      { figure: 'open-bets', slider: 'lag_years', key: 'ArrowRight', presses: 3, value: 'lagYears' },
    ],
  },
  {
    path: '/essays/the-edge/',
    moves: [
      { figure: 'device-fit', slider: 'bits_per_weight', key: 'ArrowRight', presses: 2, value: 'sparkParams' },
      { figure: 'device-frontier', slider: 'memory_growth', key: 'ArrowRight', presses: 5, value: 'home2030Memory' },
      { figure: 'over-training', slider: 'model_billions', key: 'ArrowRight', presses: 4, value: 'modelSize' },
    ],
  },
];

/** Brings one figure of the page to life and waits for its island. */
async function liven(page: Page, figure: string): Promise<void> {
  const host = page.locator(`live-figure[data-figure="${figure}"]`);
  await host.scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.locator(`live-figure[data-figure="${figure}"][data-live="ready"]`).waitFor({ timeout: 15_000 });
}

describe.each(ESSAYS)('$path', ({ path, moves }) => {
  // One tab for the essay, a fresh load for each test (tests/support/one-tab.ts).
  const tab = useOneTab(site);

  it('renders every figure and its prose numbers without JavaScript errors', async () => {
    const page = await tab.fresh();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(`${site.server.origin}${path}`);
    expect(response?.status()).toBe(200);
    for (const { figure } of moves) {
      expect(await page.locator(`live-figure[data-figure="${figure}"] [data-plot] svg`).count()).toBeGreaterThan(0);
      expect(await page.locator(`[data-figure-value^="${figure}:"]`).count()).toBeGreaterThan(0);
    }
    // No number in the prose is missing or broken.
    const values = await page.locator('[data-figure-value]').allTextContents();
    for (const text of values) expect(text).not.toMatch(/NaN|undefined|^$/);
    expect(errors).toEqual([]);
  });

  it.each(moves)('moving $slider in $figure changes the figure and the prose', async (move) => {
    const page = await tab.fresh();
    await page.goto(`${site.server.origin}${path}`);
    await liven(page, move.figure);
    const plot = page.locator(`live-figure[data-figure="${move.figure}"] [data-plot]`);
    const prose = page.locator(`[data-figure-value="${move.figure}:${move.value}"]`).first();
    const plotBefore = await plot.innerHTML();
    const proseBefore = await prose.textContent();
    await page.locator(`live-figure[data-figure="${move.figure}"] input[name="${move.slider}"]`).focus();
    for (let i = 0; i < move.presses; i++) await page.keyboard.press(move.key);
    await expect.poll(() => plot.innerHTML()).not.toBe(plotBefore);
    await expect.poll(() => prose.textContent()).not.toBe(proseBefore);
  });
});
