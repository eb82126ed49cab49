/**
 * Waiting for a live figure's island, and the loss-gap slider the island tests move, shared by the browser files
 * that drive islands (tests/browser/island*.test.ts, live-figure*.test.ts): each had its own copy.
 *
 * @example
 * await page.goto(`${site.server.origin}/essays/meek-models/`);
 * await settled(page);          // the page script has run: controls can be used
 * await wakeIslands(page);      // every island on the page is live
 * giAfter(1)                    // '3.58': gᵢ one step of its slider above its default
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { pageScriptRan } from './page-script.ts';
import { useFigures } from './use-figures.ts';

/** The latest meek-loss-gap's gᵢ slider, as its spec defines it. */
const gI = getFigure('meek-loss-gap').params.g_i!;

/** gᵢ after `presses` steps of its slider from `from` (its default unless given), written as the slider and the URL write it. */
export function giAfter(presses: number, from = gI.default): string {
  const decimals = (String(gI.step).split('.')[1] ?? '').length;
  return String(Number((from + presses * gI.step).toFixed(decimals)));
}

/**
 * The page has loaded and its script has run. Network idle alone is not enough: the page script starts after the
 * first paint is reported, which on a loaded machine can come after the network falls quiet, and until then the
 * controls are disabled (a reader cannot move them; a test that sets a value by script would be acting too early).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await pageScriptRan(page);
}

/** Waits until the page's first live figure has loaded its island or failed to, and requires the former. */
export async function waitForIsland(page: Page): Promise<void> {
  const host = page.locator('live-figure[data-live="ready"], live-figure[data-live="failed"]');
  await host.first().waitFor({ state: 'attached', timeout: 15_000 });
  await expect(page.locator('live-figure').first().getAttribute('data-live')).resolves.toBe('ready');
}

/** Brings every island on the page to life as a reader would (a control focused), and waits until all are ready. */
export async function wakeIslands(page: Page): Promise<void> {
  await page.locator('live-figure').first().scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.waitForFunction(() =>
    [...document.querySelectorAll('live-figure')].every((h) => h.getAttribute('data-live') === 'ready'),
  );
}
