/**
 * Lays out and paints every block an essay holds back until it nears the screen (content-visibility: auto,
 * src/styles/essay-containment.css). A reader sees each block laid out as it comes near; a test that reads the
 * whole page at once (axe's colour contrast, the faces Chromium drew the maths with) needs every block as the
 * reader would see it, not the skipped placeholder that stands in for it below the screen. Idempotent.
 * @example await page.goto(url); await layOutEverything(page); const violations = await runAxe(page);
 */
import type { Page } from 'playwright-core';

export async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}
