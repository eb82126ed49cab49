/**
 * Bringing a page's figures to life as a reader would: scroll each
 * <live-figure> into view, give the page the first activity islands wait for,
 * and wait until the island says it is ready (data-live="ready").
 */
import type { Page } from 'playwright-core';
import type { PageNetwork } from './network.ts';

const FIGURE_TIMEOUT_MS = 20_000;

/** Scrolls every live figure into view in turn until each is live; returns how many there are. */
export async function bringFiguresToLife(page: Page, network: PageNetwork): Promise<number> {
  const figures = page.locator('live-figure');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await page.mouse.move(10 + i, 10); // a reader's first activity: islands load only after some
    await figure.evaluate(
      (host, timeout) =>
        new Promise<void>((resolve, reject) => {
          const deadline = performance.now() + timeout;
          const check = () => {
            const state = host.getAttribute('data-live');
            if (state === 'ready') return resolve();
            if (state === 'failed') return reject(new Error('a figure failed to load its island'));
            if (performance.now() > deadline) return reject(new Error(`a figure did not become live (${state})`));
            setTimeout(check, 20);
          };
          check();
        }),
      FIGURE_TIMEOUT_MS,
    );
    await network.idle();
  }
  return count;
}
