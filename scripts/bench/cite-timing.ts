/**
 * "Cite this view": click → the citation on show (target ≤ 100 ms), on a figure
 * permalink opened with a reader's state, as a reader reaches it: the pointer
 * passes over the button first, which fetches the citation's code and templates.
 * Median and slowest of LOADS fresh page loads. A timing, so it is measured here
 * and not asserted by a test (tests/browser/island.test.ts checks what it shows).
 */
import type { Browser } from 'playwright-core';
import { figurePath } from '../../src/figures/paths.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { median } from './numbers.ts';

const LOADS = 7;
export const CITE_TARGET_MS = 100;
/**
 * The latest version's permalink with a moved parameter: the citation names the view, and a link that carries a
 * reader's state goes live at once (a superseded version is frozen and never goes live).
 */
export const CITE_PAGE = `${figurePath(getFigure('meek-loss-gap'))}?g_i=5`;

export interface CiteTiming {
  page: string;
  loads: number;
  medianMs: number;
  maxMs: number;
  targetMs: number;
}

export async function measureCite(browser: Browser, origin: string): Promise<CiteTiming> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}${CITE_PAGE}`);
    await page.waitForSelector('live-figure[data-live="ready"]');
    await page.locator('[data-figure-menu] > summary').click(); // the button is in the figure's menu
    await page.locator('button[data-cite]').hover();
    await page.waitForTimeout(150);
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const panel = document.querySelector<HTMLElement>('[data-view-citation]')!;
            const start = performance.now();
            new MutationObserver(() => {
              if (!panel.hidden) resolve(performance.now() - start);
            }).observe(panel, { attributes: true, childList: true });
            document.querySelector<HTMLButtonElement>('button[data-cite]')!.click();
          }),
      ),
    );
    await context.close();
  }
  return {
    page: CITE_PAGE,
    loads: LOADS,
    medianMs: median(times),
    maxMs: Math.max(...times),
    targetMs: CITE_TARGET_MS,
  };
}
